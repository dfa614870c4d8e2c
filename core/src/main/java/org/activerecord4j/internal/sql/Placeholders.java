package org.activerecord4j.internal.sql;

import java.util.Arrays;

/** Checks that hand-written SQL has one {@code ?} per value. */
public final class Placeholders {

    private Placeholders() {
    }

    /**
     * Returns {@code values}, or throws when their number differs from the placeholders in {@code sql}.
     *
     * @param sql the SQL
     * @param values the values; a null array stands for one null value
     * @return the values
     * @throws IllegalArgumentException naming the SQL, both counts and the values
     */
    public static Object[] check(String sql, Object[] values) {
        Object[] checked = values == null ? new Object[] {null} : values.clone();
        long placeholders = sql.chars().filter(c -> c == '?').count();
        if (placeholders != checked.length) {
            throw new IllegalArgumentException("SQL '" + sql + "' has " + placeholders + " '?' placeholder(s) but "
                    + checked.length + " value(s) were given: " + Arrays.toString(checked));
        }
        return checked;
    }
}
