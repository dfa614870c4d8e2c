package org.activerecord4j.cli.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.activerecord4j.cli.source.GeneratorException;

/**
 * Names and writes migration files so Flyway runs them in order: {@code V<yyyyMMddHHmmss>__<what>.sql},
 * the version being the current UTC time, or one more than the newest migration's when that is later
 * (two generations in one second still get two versions).
 */
final class MigrationFiles {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final Path directory;
    private final String version;
    private final Clock clock;

    /**
     * Names the next migration in {@code directory}.
     *
     * @param directory where migrations are
     * @param version the version to use, or null for the current time
     * @param clock the clock
     */
    MigrationFiles(Path directory, String version, Clock clock) {
        this.directory = directory;
        this.version = version;
        this.clock = clock;
    }

    /**
     * The file of the migration described by {@code description}, e.g. {@code create_orders}. The version is
     * checked only here, when a migration is written: a generation that changes nothing needs none.
     *
     * @throws GeneratorException when the given version is not a number or is not newer than every migration there
     */
    Path file(String description) {
        long newest = newestVersion(directory);
        String next;
        if (version != null) {
            if (!version.matches("\\d{1,18}") || Long.parseLong(version) <= newest) {
                throw new GeneratorException("--migration-version must be a number greater than the newest migration in "
                        + directory + " (" + newest + ") but was '" + version + "'");
            }
            next = version;
        } else {
            next = Long.toString(Math.max(Long.parseLong(STAMP.format(clock.instant())), newest + 1));
        }
        return directory.resolve("V" + next + "__" + description + ".sql");
    }

    /** A migration's text: a comment saying what made it, then each statement ending in a semicolon. */
    static String text(String comment, List<String> statements) {
        StringBuilder text = new StringBuilder("-- ").append(comment).append('\n');
        statements.forEach(statement -> text.append(statement).append(";\n"));
        return text.toString();
    }

    private static long newestVersion(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> VERSIONED.matcher(file.getFileName().toString())).filter(Matcher::matches)
                    .mapToLong(matcher -> parse(matcher.group(1))).max().orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long parse(String digits) {
        return digits.length() > 18 ? Long.MAX_VALUE - 1 : Long.parseLong(digits);
    }
}
