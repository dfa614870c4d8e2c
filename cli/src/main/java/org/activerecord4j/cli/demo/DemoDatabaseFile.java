package org.activerecord4j.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.activerecord4j.Database;

/**
 * The SQLite file the demo writes: created fresh each run, marked as the demo's own with a table named
 * {@value #MARKER_TABLE}, and replaced on the next run only if it carries that mark and holds no table but the
 * demo's. Any other existing file is refused, never deleted; a path that cannot hold a database is reported in
 * one line.
 *
 * <p>Not thread-safe: one demo run uses it once.
 */
public final class DemoDatabaseFile {

    /** The table that marks a database as one the demo created. */
    public static final String MARKER_TABLE = "ar4j_demo";

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String[] SQLITE_COMPANIONS = {"-wal", "-shm", "-journal"};
    /** The tables of {@link Author}, {@link Post} and {@link Comment}, besides the marker and SQLite's own. */
    private static final Set<String> DEMO_TABLES = Set.of("authors", "posts", "comments");

    private final Path file;

    /**
     * Names the file.
     *
     * @param file the {@code --database} path
     */
    public DemoDatabaseFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /**
     * Opens a new, empty demo database at the file, replacing an earlier demo database there.
     *
     * @return the open database, already marked as the demo's
     * @throws UnusableDemoFileException when the path is not usable or holds a file the demo did not create
     */
    public Database openFresh() {
        checkPlace();
        if (Files.exists(file)) {
            refuseUnlessDemoDatabase();
            deleteDemoDatabase();
        }
        Database database;
        try {
            database = Database.sqlite(file);
        } catch (RuntimeException e) {
            throw new UnusableDemoFileException("Cannot open the demo database " + file + ": " + rootMessage(e));
        }
        try {
            database.execute("CREATE TABLE " + MARKER_TABLE + " (created_by VARCHAR(100) NOT NULL)");
            database.execute("INSERT INTO " + MARKER_TABLE + " (created_by) VALUES (?)", "ar4j demo");
        } catch (RuntimeException e) {
            database.close();
            throw new UnusableDemoFileException("Cannot write the demo database " + file + ": " + rootMessage(e));
        }
        return database;
    }

    private void checkPlace() {
        if (Files.isDirectory(file)) {
            throw new UnusableDemoFileException("Cannot use " + file + " as the demo database: it is a directory; "
                    + "give a file path, e.g. --database " + file.resolve("ar4j-demo.db"));
        }
        Path directory = file.getParent();
        if (!Files.exists(directory)) {
            throw new UnusableDemoFileException("Cannot create the demo database " + file + ": directory " + directory
                    + " does not exist");
        }
        if (!Files.isDirectory(directory)) {
            throw new UnusableDemoFileException("Cannot create the demo database " + file + ": " + directory
                    + " is not a directory");
        }
        if (!Files.isWritable(directory)) {
            throw new UnusableDemoFileException("Cannot create the demo database " + file + ": directory " + directory
                    + " is not writable");
        }
    }

    private void refuseUnlessDemoDatabase() {
        if (!Files.isRegularFile(file) || !isSqlite()) {
            throw refusal("");
        }
        List<String> tables = tables();
        if (!tables.contains(MARKER_TABLE)) {
            throw refusal("");
        }
        List<String> others = tables.stream()
                .filter(table -> !table.equals(MARKER_TABLE) && !DEMO_TABLES.contains(table) && !table.startsWith("sqlite_"))
                .toList();
        if (!others.isEmpty()) {
            throw refusal("; this one also holds " + String.join(", ", others));
        }
    }

    private UnusableDemoFileException refusal(String detail) {
        return new UnusableDemoFileException("Refusing to replace " + file + ": it exists and is not a database the "
                + "demo created (those hold a table named " + MARKER_TABLE + " and only the demo's tables" + detail
                + "); choose another --database FILE, or delete it yourself");
    }

    private boolean isSqlite() {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            throw new UnusableDemoFileException("Cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * The file's tables, read without writing: read-only and, when no write-ahead log is beside it, immutable, so
     * SQLite creates no journal files either. A log is read (a killed demo run leaves its mark there, the demo's
     * database being in WAL mode); SQLite then updates the log's index ({@code -shm}), never the data.
     */
    private List<String> tables() {
        boolean log = Files.exists(Path.of(file + "-wal"));
        String url = "jdbc:sqlite:" + file.toUri() + (log ? "?mode=ro" : "?mode=ro&immutable=1");
        List<String> tables = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet names = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (names.next()) {
                tables.add(names.getString(1));
            }
            return tables;
        } catch (SQLException e) {
            return List.of();
        }
    }

    private void deleteDemoDatabase() {
        try {
            Files.delete(file);
            for (String suffix : SQLITE_COMPANIONS) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        } catch (IOException e) {
            throw new UnusableDemoFileException("Cannot replace the earlier demo database " + file + ": " + e.getMessage());
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
