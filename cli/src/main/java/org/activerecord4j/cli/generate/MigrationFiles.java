package org.activerecord4j.cli.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.activerecord4j.cli.source.GeneratorException;

/**
 * Names and writes migration files so Flyway runs them in order: {@code V<yyyyMMddHHmmss>__<what>.sql},
 * the version being the current UTC time, or one more than the newest migration's when that is later
 * (two generations in one second still get two versions). A version given is a Flyway version, numbers
 * separated by dots or underscores ({@code 2}, {@code 1.1}, {@code 1_1}), compared with the others as Flyway does:
 * number by number, a missing one being 0.
 */
final class MigrationFiles {

    private static final String VERSION = "\\d+(?:[._]\\d+)*";
    private static final Pattern VERSIONED = Pattern.compile("V(" + VERSION + ")__.*\\.sql");
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
     * @throws GeneratorException when the given version is not a Flyway version or is not newer than every migration there
     */
    Path file(String description) {
        Newest newest = newest(directory);
        String next;
        if (version != null) {
            if (!version.matches(VERSION)) {
                String bare = version.replaceFirst("^[Vv]", "").replaceFirst("__$", "");
                throw new GeneratorException("--migration-version must be a Flyway version, numbers separated by dots or "
                        + "underscores (e.g. 3, 20240521143000, 1.1 or 1_1), but was '" + version + "'"
                        + (!bare.equals(version) && bare.matches(VERSION) ? "; give it without the V and the __: " + bare : ""));
            }
            if (newest != null && compare(parts(version), newest.parts) <= 0) {
                throw new GeneratorException("--migration-version must be greater than the newest migration in " + directory
                        + " (" + newest.file + ", version " + newest.version + ") but was '" + version + "'");
            }
            next = version;
        } else {
            BigInteger stamp = new BigInteger(STAMP.format(clock.instant()));
            next = (newest == null ? stamp : stamp.max(newest.parts.get(0).add(BigInteger.ONE))).toString();
        }
        return directory.resolve("V" + next + "__" + description + ".sql");
    }

    /** A migration's text: a comment saying what made it, then each statement ending in a semicolon. */
    static String text(String comment, List<String> statements) {
        StringBuilder text = new StringBuilder("-- ").append(comment).append('\n');
        statements.forEach(statement -> text.append(statement).append(";\n"));
        return text.toString();
    }

    private static Newest newest(Path directory) {
        if (!Files.isDirectory(directory)) {
            return null;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> VERSIONED.matcher(file.getFileName().toString())).filter(Matcher::matches)
                    .map(matcher -> new Newest(matcher.group(0), matcher.group(1).replace('_', '.'), parts(matcher.group(1))))
                    .max((one, other) -> compare(one.parts, other.parts)).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<BigInteger> parts(String version) {
        return Arrays.stream(version.split("[._]")).map(BigInteger::new).toList();
    }

    /** Flyway's order: number by number, a missing number counting as 0 (so 2.5 and 2.5.0 are one version). */
    private static int compare(List<BigInteger> one, List<BigInteger> other) {
        for (int i = 0; i < Math.max(one.size(), other.size()); i++) {
            int compared = (i < one.size() ? one.get(i) : BigInteger.ZERO).compareTo(i < other.size() ? other.get(i) : BigInteger.ZERO);
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    }

    /** The newest migration: its file, its version as Flyway shows it, and its numbers. */
    private record Newest(String file, String version, List<BigInteger> parts) {
    }
}
