package org.activerecord4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SQL text is written in {@code internal/sql} (and the dialects' DDL types) only: no string literal
 * elsewhere in core's sources holds {@code SELECT}, {@code INSERT}, {@code UPDATE}, {@code DELETE} or
 * {@code WHERE}. A plain scan of the sources, comments left out.
 */
class SqlTextTest {

    private static final Path SOURCES = Path.of("src/main/java/org/activerecord4j");
    private static final List<Path> ALLOWED = List.of(SOURCES.resolve("internal/sql"), SOURCES.resolve("internal/dialect"));
    private static final Pattern KEYWORD = Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE|WHERE)\\b");

    @Test
    void sqlKeywords_appearInStringLiterals_onlyInTheSqlPackageAndTheDialects() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                if (ALLOWED.stream().noneMatch(file::startsWith)) {
                    found.addAll(keywordsIn(file));
                }
            }
        }

        assertThat(found).as("string literals with SQL outside internal/sql and internal/dialect").isEmpty();
    }

    @Test
    void theScan_findsAKeywordInALiteral_butNotInAComment() {
        assertThat(literals("String a = \"SELECT 1\"; // DELETE this\n /* WHERE */ String b = \"x \\\" WHERE\";"))
                .containsExactly("SELECT 1", "x \\\" WHERE");
    }

    private static List<String> keywordsIn(Path file) throws IOException {
        List<String> found = new ArrayList<>();
        for (String literal : literals(Files.readString(file))) {
            Matcher keyword = KEYWORD.matcher(literal);
            if (keyword.find()) {
                found.add(SOURCES.relativize(file) + ": \"" + literal + "\"");
            }
        }
        return found;
    }

    /** The string literals of Java source, in order, skipping comments, char literals and text blocks' quotes. */
    static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (c == '\'') {
                i = closing(source, i, '\'') + 1;
            } else if (c == '"') {
                int end = closing(source, i, '"');
                literals.add(source.substring(i + 1, end));
                i = end + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int closing(String source, int open, char quote) {
        int i = open + 1;
        while (i < source.length() && source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }
}
