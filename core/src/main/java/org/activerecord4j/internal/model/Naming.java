package org.activerecord4j.internal.model;

import java.util.Locale;
import java.util.Map;

/** The naming conventions: camelCase to snake_case, and English plurals for table names. */
public final class Naming {

    private static final Map<String, String> IRREGULAR = Map.of(
            "person", "people", "child", "children", "man", "men", "woman", "women", "mouse", "mice");

    private Naming() {
    }

    /**
     * Converts {@code orderItem}, {@code OrderItem} or {@code URLValue} to {@code order_item} /
     * {@code url_value}.
     *
     * @param name a Java identifier
     * @return its snake_case form
     */
    public static String snakeCase(String name) {
        StringBuilder snake = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1)) && name.charAt(i - 1) != '_';
                boolean endOfAcronym = i > 0 && Character.isUpperCase(name.charAt(i - 1))
                        && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (afterLower || endOfAcronym) {
                    snake.append('_');
                }
                snake.append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }

    /**
     * Returns the table name for a model class name: {@code OrderItem} → {@code order_items}.
     *
     * @param simpleName the class's simple name
     * @return the snake_case plural
     */
    public static String tableName(String simpleName) {
        String snake = snakeCase(simpleName);
        int lastWord = snake.lastIndexOf('_') + 1;
        return snake.substring(0, lastWord) + plural(snake.substring(lastWord));
    }

    static String plural(String word) {
        String irregular = IRREGULAR.get(word.toLowerCase(Locale.ROOT));
        if (irregular != null) {
            return irregular;
        }
        if (word.endsWith("y") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }
}
