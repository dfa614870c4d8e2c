package org.activerecord4j.internal.load;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.Model;
import org.activerecord4j.internal.model.BoundRelation;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.internal.model.Keys;

/**
 * Refuses a row that the database related to an owner by keys that Java's {@code equals} tells apart: a String key
 * column whose collation ignores case or trailing spaces (MariaDB's default utf8mb4_general_ci, SQLite's NOCASE)
 * matches 'abc' and 'ABC '. A lazy read would answer the row and an eager load, which matches keys in Java, would
 * leave it out; so both refuse, naming the relation, both keys and the fix. The eager checks run only when an exact
 * match misses; a lazy read compares each row's key with the owner's (one {@code equals} per row, no allocation).
 */
final class KeyMismatch {

    private KeyMismatch() {
    }

    /**
     * Refuses {@code row}, read by a lazy read of {@code relation} for {@code ownerKey}, when its key is not the owner's.
     *
     * @param relation a relation whose rows carry the owner's key (not through a join model)
     * @param ownerKey the key the read asked for ({@link BoundRelation#ownerKey})
     * @param row a row the read returned
     * @throws ActiveRecordException when the row's key differs from {@code ownerKey} in Java
     */
    static void check(BoundRelation relation, Object ownerKey, Model<?> row) {
        ColumnInfo rowKey = relation.rowKey();
        Object key = rowKey.get(row);
        if (key != null && !key.equals(ownerKey) && !key.equals(Keys.convert(rowKey, ownerKey))) {
            throw refused(relation, ownerKey, key);
        }
    }

    /**
     * Refuses a row that an eager step read for one of {@code asked} but whose key matches none of them in Java.
     *
     * @param relation the step's relation
     * @param rowKey the row's key, in the column the owner keys were compared with
     * @param asked the owner keys of the statement that returned the row
     * @return the exception to throw
     */
    static ActiveRecordException unmatched(BoundRelation relation, Object rowKey, List<?> asked) {
        Object like = null;
        if (rowKey instanceof String text) {
            String loose = loose(text);
            for (Object key : asked) {
                if (key instanceof String candidate && loose(candidate).equals(loose)) {
                    like = candidate;
                    break;
                }
            }
        }
        if (like != null) {
            return refused(relation, like, rowKey);
        }
        List<Object> shown = new ArrayList<>(asked.subList(0, Math.min(asked.size(), 10)));
        return new ActiveRecordException(relation + ": the database matched " + rowsColumn(relation) + " '" + rowKey
                + "' with one of the keys of " + ownersColumn(relation) + " it was asked for " + shown
                + (asked.size() > shown.size() ? " (of " + asked.size() + ")" : "") + ", though it equals none of them in Java,"
                + " so lazy and eager loading would not agree on the rows of " + relation + "." + fix(rowKey));
    }

    /**
     * Returns the refusal of {@code rowKey}, which the database matched with {@code ownerKey}.
     *
     * @param relation the relation
     * @param ownerKey the owner's key
     * @param rowKey the related row's key
     * @return the exception to throw
     */
    static ActiveRecordException refused(BoundRelation relation, Object ownerKey, Object rowKey) {
        return new ActiveRecordException(relation + ": the database matched " + ownersColumn(relation) + " '" + ownerKey
                + "' with " + rowsColumn(relation) + " '" + rowKey + "', which Java's " + rowKey.getClass().getSimpleName()
                + ".equals tells apart, so lazy and eager loading would not agree on the rows of " + relation + "." + fix(rowKey));
    }

    private static String fix(Object rowKey) {
        return rowKey instanceof String
                ? " The database compares these columns ignoring case or trailing spaces (as MariaDB's default collation"
                        + " utf8mb4_general_ci does): give both an exact collation (utf8mb4_nopad_bin on MariaDB, BINARY on SQLite)"
                        + " or store the keys alike"
                : " Store the keys alike";
    }

    /** The owner's column holding the key the related rows point at. */
    private static String ownersColumn(BoundRelation relation) {
        ColumnInfo column = relation.kind().ownerHoldsKey() ? relation.foreignKey() : relation.owner().primaryKey();
        return relation.owner().table() + "." + column.name();
    }

    /** The related rows' column (the join rows', through a join model) compared with the owner's key. */
    private static String rowsColumn(BoundRelation relation) {
        return (relation.join() != null ? relation.join().table() : relation.target().table()) + "." + relation.rowKey().name();
    }

    /**
     * Returns text about as a collation that ignores case, accents and trailing spaces sees it: only to choose which
     * keys to ask the database about, and to name in a message the key it most likely matched.
     *
     * @param text a key
     * @return the key with trailing spaces and accents removed, in lower case
     */
    static String loose(String text) {
        String stripped = text.stripTrailing();
        for (int i = 0; i < stripped.length(); i++) {
            if (stripped.charAt(i) >= 0x80) {
                return Normalizer.normalize(stripped, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            }
        }
        return stripped.toLowerCase(Locale.ROOT);
    }
}
