package org.activerecord4j.internal.runtime;

import org.activerecord4j.internal.sql.Placeholders;
import org.activerecord4j.internal.sql.RawSql;

/** The runtime's side of a raw SQL condition: the first check, made when the fragment is built. */
public final class Fragments {

    private Fragments() {
    }

    /**
     * Checks a raw condition and returns a copy of its values.
     *
     * @param sql the fragment
     * @param values the values, one per placeholder
     * @return a copy of the values
     * @throws org.activerecord4j.UnsafeSqlException when the fragment is refused or the counts differ
     */
    public static Object[] check(String sql, Object[] values) {
        return Placeholders.check(sql, RawSql.Kind.FRAGMENT, values);
    }
}
