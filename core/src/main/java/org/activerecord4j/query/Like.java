package org.activerecord4j.query;

import java.util.Objects;
import org.activerecord4j.InvalidArgumentException;

/**
 * {@code column LIKE pattern ESCAPE '!'}: {@code %} matches any run of characters, {@code _} any one, and
 * {@code !} escapes them, with the same meaning on every database. Immutable.
 *
 * @param property the column
 * @param pattern the pattern
 */
public record Like(Property<?, ?> property, String pattern) implements Condition {

    /** The escape character of every pattern. */
    public static final char ESCAPE = '!';

    /**
     * Checks the parts.
     *
     * @param property the column
     * @param pattern the pattern
     * @throws NullPointerException when a part is null
     * @throws InvalidArgumentException when the pattern ends with an escape character that escapes nothing, which
     *     PostgreSQL refuses, MariaDB reads literally and SQLite matches nothing with
     */
    public Like {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(pattern, "pattern");
        if (endsWithLoneEscape(pattern)) {
            throw new InvalidArgumentException("LIKE pattern '" + pattern + "' for " + property + " ends with the escape "
                    + "character '" + ESCAPE + "', which escapes nothing; write '" + ESCAPE + ESCAPE + "' for a literal '"
                    + ESCAPE + "' (or use startsWith/endsWith/contains, which escape their text)");
        }
    }

    private static boolean endsWithLoneEscape(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) == ESCAPE) {
                if (i == pattern.length() - 1) {
                    return true;
                }
                i++; // the escaped character
            }
        }
        return false;
    }

    /**
     * Escapes the LIKE wildcards of {@code text} so it matches literally.
     *
     * @param text the text
     * @return the escaped text
     */
    static String literal(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
