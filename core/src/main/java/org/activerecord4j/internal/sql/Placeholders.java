package org.activerecord4j.internal.sql;

import java.util.List;
import org.activerecord4j.UnsafeSqlException;
import org.activerecord4j.internal.dialect.Dialects;
import org.activerecord4j.internal.dialect.Lexicon;

/** Checks that hand-written SQL is safe to send and has one {@code ?} placeholder per value. */
public final class Placeholders {

    /**
     * The lexicon a fragment is first checked with, before its database is known: standard SQL that also
     * reads PostgreSQL's {@code ?|} and {@code ?&} as operators. The database's own lexicon checks it again.
     */
    private static final Lexicon FIRST_CHECK = Lexicon.of(Lexicon.Feature.QUESTION_MARK_OPERATORS);

    /** Every database's rules: text the first check refuses is refused at once only when all of them refuse it. */
    private static final List<Lexicon> DATABASES = List.of(Dialects.SQLITE.lexicon(), Dialects.POSTGRESQL.lexicon(),
            Dialects.MARIADB.lexicon());

    private Placeholders() {
    }

    /**
     * Returns {@code values}, or throws when {@code sql} is unsafe or its placeholders and values differ in number
     * by the rules of every database; text that one database reads as safe (MariaDB's {@code 'it\'s'}) passes
     * here and is checked by its own database's rules when it runs ({@link #read}).
     *
     * @param sql the SQL
     * @param kind a fragment or a whole statement
     * @param values the values; a null array stands for one null value
     * @return a copy of the values
     * @throws UnsafeSqlException naming the SQL, the problem, and both counts for a mismatch
     */
    public static Object[] check(String sql, RawSql.Kind kind, Object[] values) {
        Object[] checked = values == null ? new Object[] {null} : values.clone();
        try {
            read(sql, kind, FIRST_CHECK, checked.length);
        } catch (UnsafeSqlException refused) {
            if (!readsOnSomeDatabase(sql, kind, checked.length)) {
                throw refused;
            }
        }
        return checked;
    }

    private static boolean readsOnSomeDatabase(String sql, RawSql.Kind kind, int valueCount) {
        for (Lexicon lexicon : DATABASES) {
            try {
                read(sql, kind, lexicon, valueCount);
                return true;
            } catch (UnsafeSqlException refusedThere) {
                // the next database's rules may read it
            }
        }
        return false;
    }

    /**
     * Reads {@code sql} with {@code lexicon} and checks it takes {@code valueCount} values.
     *
     * @param sql the SQL
     * @param kind a fragment or a whole statement
     * @param lexicon the database's lexical rules
     * @param valueCount the values given
     * @return the text to send and its placeholders
     * @throws UnsafeSqlException when it is unsafe or the counts differ
     */
    static RawSql read(String sql, RawSql.Kind kind, Lexicon lexicon, int valueCount) {
        RawSql raw = RawSql.read(sql, kind, lexicon);
        if (raw.placeholders().size() != valueCount) {
            throw new UnsafeSqlException("Raw SQL \"" + sql + "\" has " + raw.placeholders().size()
                    + " '?' placeholder(s) outside quotes and comments but " + valueCount + " value(s) were given", sql);
        }
        return raw;
    }
}
