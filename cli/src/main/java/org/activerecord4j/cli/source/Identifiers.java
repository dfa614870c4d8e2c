package org.activerecord4j.cli.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/** Checks and converts the names the generator is given and writes: models, fields, columns. */
public final class Identifiers {

    private static final Pattern COLUMN = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern MODEL = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Pattern FIELD = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final int MAX_COLUMN_LENGTH = 63;
    private static final Set<String> PRIMITIVES = Set.of("long", "int", "short", "byte", "boolean", "double", "float", "char");

    private Identifiers() {
    }

    /**
     * Returns why {@code column} cannot be a column name, or null when it can: letters, digits and
     * underscores, starting with a letter, at most 63 characters (PostgreSQL's limit).
     *
     * @param column the name
     * @return the reason, or null
     */
    public static String columnProblem(String column) {
        if (!COLUMN.matcher(column).matches()) {
            return "'" + column + "' is not a valid column name: use letters, digits and underscores, starting with a letter";
        }
        if (column.length() > MAX_COLUMN_LENGTH) {
            return "'" + column + "' is longer than " + MAX_COLUMN_LENGTH + " characters, PostgreSQL's limit";
        }
        return null;
    }

    /**
     * Returns whether {@code name} can name a model class: an upper-case letter, then letters and digits,
     * and not a Java keyword.
     *
     * @param name the name
     * @return true when it can
     */
    public static boolean isModelName(String name) {
        return MODEL.matcher(name).matches() && !SourceVersion.isKeyword(name);
    }

    /**
     * Returns whether {@code name} can name a relation or a field: a lower-case letter, then letters and
     * digits, and not a Java keyword.
     *
     * @param name the name
     * @return true when it can
     */
    public static boolean isFieldName(String name) {
        return FIELD.matcher(name).matches() && !SourceVersion.isKeyword(name);
    }

    /**
     * Returns whether a type spelling is a Java primitive.
     *
     * @param type e.g. {@code long}
     * @return true for primitives
     */
    public static boolean isPrimitive(String type) {
        return PRIMITIVES.contains(type);
    }

    /**
     * Converts {@code user_id} to {@code userId}.
     *
     * @param snake a snake_case name
     * @return its lowerCamelCase form
     */
    public static String camelCase(String snake) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = camel.length() > 0;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : camel.length() == 0 ? Character.toLowerCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    /**
     * Converts {@code OrderItem} to {@code orderItem}.
     *
     * @param name a class name
     * @return the name with a lower-case first letter
     */
    public static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * Converts {@code orderItems} to {@code order items}, for Javadoc.
     *
     * @param camel a lowerCamelCase name
     * @return its words in lower case
     */
    public static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
