package org.activerecord4j.cli.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.activerecord4j.cli.source.GeneratorException;

/**
 * Every file a generation writes, collected before any is written. Applying checks first that no file
 * changed on disk since it was read, then writes each through a temporary file moved into place.
 */
public final class Changes {

    private final Map<Path, FileChange> files = new LinkedHashMap<>();
    private final String summary;
    private final List<String> notes;

    Changes(String summary, List<String> notes) {
        this.summary = summary;
        this.notes = List.copyOf(notes);
    }

    void edit(Path path, String before, String after) {
        if (!before.equals(after)) {
            files.put(path, new FileChange(path, before, after));
        }
    }

    void create(Path path, String text) {
        files.put(path, new FileChange(path, null, text));
    }

    /**
     * Returns what was asked, for the messages around the changes.
     *
     * @return e.g. {@code Order belongs_to User}
     */
    public String summary() {
        return summary;
    }

    /**
     * Returns what the user should know about the changes that the files cannot say, e.g. a constraint the
     * dialect cannot add to an existing table.
     *
     * @return the notes, each one sentence; empty when there are none
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * Returns whether nothing needs to change.
     *
     * @return true when every file already says what was asked
     */
    public boolean isEmpty() {
        return files.isEmpty();
    }

    /**
     * Returns the files to write, in the order they were planned.
     *
     * @return the changes
     */
    public List<FileChange> files() {
        return new ArrayList<>(files.values());
    }

    /**
     * Returns the unified diff of every file.
     *
     * @return the diffs, one after the other
     */
    public String diff() {
        StringBuilder diff = new StringBuilder();
        files.values().forEach(change -> diff.append(change.diff()));
        return diff.toString();
    }

    /**
     * Writes every file.
     *
     * @throws GeneratorException when a file changed on disk since it was read, or a new file appeared
     * @throws UncheckedIOException when writing fails
     */
    public void apply() {
        for (FileChange change : files.values()) {
            String now = read(change.path());
            if (change.created() ? now != null : !change.before().equals(now)) {
                throw new GeneratorException(change.path() + " changed while ar4j was working; run it again (no file was changed)");
            }
        }
        // Every file is written beside its place first, and only then moved there, so a file that cannot be
        // written (a directory that cannot be made, a full disk) leaves every file as it was.
        Map<FileChange, Path> written = new LinkedHashMap<>();
        try {
            for (FileChange change : files.values()) {
                Path parent = change.path().toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Path temporary = parent.resolve(".ar4j-" + UUID.randomUUID() + ".tmp");
                written.put(change, temporary);
                Files.writeString(temporary, change.after(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                keepPermissions(change, temporary);
            }
        } catch (IOException e) {
            written.values().forEach(Changes::deleteQuietly);
            throw new UncheckedIOException("Writing the generated files failed (no file was changed): " + e.getMessage(), e);
        }
        List<Path> moved = new ArrayList<>();
        try {
            for (Map.Entry<FileChange, Path> entry : written.entrySet()) {
                Files.move(entry.getValue(), entry.getKey().path(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                moved.add(entry.getKey().path());
            }
        } catch (IOException e) {
            written.values().forEach(Changes::deleteQuietly);
            throw new UncheckedIOException("Writing the generated files failed after " + (moved.isEmpty() ? "none"
                    : String.join(", ", moved.stream().map(Path::toString).toList())) + " had been written: " + e.getMessage(), e);
        }
    }

    /**
     * Gives the temporary file of an edited file the edited file's permissions. A new file keeps those it was
     * created with, which the umask gives (not {@code Files.createTempFile}'s owner-only {@code rw-------}).
     */
    private static void keepPermissions(FileChange change, Path temporary) throws IOException {
        if (!change.created() && Files.getFileAttributeView(change.path(), PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(change.path()));
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // The write failed already; a temporary file left behind is named .ar4j-*.tmp and harmless.
        }
    }

    private static String read(Path path) {
        try {
            return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
