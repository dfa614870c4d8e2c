package org.activerecord4j.cli.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dialect a generated migration was written for, which its first line names:
 * {@code -- ar4j generate model Order user:references (postgresql)}.
 */
public final class MigrationDialect {

    private static final Pattern HEADER = Pattern.compile("-- ar4j generate .* \\((sqlite|postgresql|mariadb|mysql)\\)\\s*");

    private MigrationDialect() {
    }

    /**
     * Returns the dialect whose DDL a migration holds, as the database names it: {@code mysql} is {@code mariadb},
     * since both have one writer.
     *
     * @param file a migration
     * @return {@code sqlite}, {@code postgresql} or {@code mariadb}; null for a file the generator did not write
     * @throws UncheckedIOException when the file cannot be read
     */
    public static String of(Path file) {
        // Read leniently: a migration written by hand may be in another encoding, and is not refused for it.
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            String first = reader.readLine();
            Matcher header = first == null ? null : HEADER.matcher(first);
            if (header == null || !header.matches()) {
                return null;
            }
            return header.group(1).equals("mysql") ? "mariadb" : header.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the migration " + file + ": " + e.getMessage(), e);
        }
    }

    /** The header {@link #of} reads: {@code comment (dialect)}. */
    static String header(String comment, String dialect) {
        return comment + " (" + dialect + ")";
    }
}
