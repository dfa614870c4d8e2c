package org.activerecord4j.internal.sql;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Names of the constraints and indexes the writer declares ({@code fk_orders_user_id},
 * {@code idx_orders_user_id}, {@code uq_user_roles_user_id_role_id}), unique and kept within a database's
 * identifier limit.
 *
 * <p>{@code <prefix>_<table>_<column>} alone is ambiguous: table {@code a_b}'s column {@code c_id} and table
 * {@code a}'s column {@code b_c_id} join to the same name, and index names are per schema on PostgreSQL and
 * SQLite, foreign-key names per database on MariaDB. A name keeps the plain form only when its column is one
 * word, or one word and {@code _id} ({@code user_id}, {@code email}; not {@code id}), for then the column is
 * the name's last words and no other table and column give it (a unique key: each column {@code <word>_id});
 * any other ends in a hash of the name. A name
 * longer than the limit keeps its start and ends in a hash of the whole name. Both are the same on every run.
 */
public final class ConstraintNames {

    private static final int HASH_LENGTH = 8;
    private static final Pattern KEY_COLUMN = Pattern.compile("[^_]+_(?i:id)");
    private static final Pattern WORD = Pattern.compile("[^_]+");

    private final int maxLength;

    public ConstraintNames(int maxLength) {
        this.maxLength = maxLength;
    }

    public String foreignKey(String table, String column) {
        return single("fk_", table, column);
    }

    public String index(String table, String column) {
        return single("idx_", table, column);
    }

    /**
     * The columns of a unique key are read from the end two words at a time, so each must be {@code <word>_id},
     * and the table must not end in {@code id}, or a key of another number of columns could give the same name.
     */
    public String uniqueKey(String table, Iterable<String> columns) {
        String joined = String.join("_", columns);
        String name = "uq_" + table + "_" + joined;
        boolean plain = !endsInId(table);
        for (String column : columns) {
            plain &= KEY_COLUMN.matcher(column).matches();
        }
        return fit(plain ? name : withHash(name));
    }

    private String single(String prefix, String table, String column) {
        String name = prefix + table + "_" + column;
        boolean plain = KEY_COLUMN.matcher(column).matches() || WORD.matcher(column).matches() && !column.equalsIgnoreCase("id");
        return fit(plain ? name : withHash(name));
    }

    private static boolean endsInId(String table) {
        int last = table.lastIndexOf('_');
        return table.substring(last + 1).equalsIgnoreCase("id");
    }

    public String fit(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= maxLength) {
            return name;
        }
        String hash = hash(name);
        StringBuilder kept = new StringBuilder();
        int budget = maxLength - HASH_LENGTH - 1;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            budget -= character.getBytes(StandardCharsets.UTF_8).length;
            if (budget < 0) {
                break;
            }
            kept.append(character);
            i += character.length();
        }
        return kept + "_" + hash;
    }

    private static String withHash(String name) {
        return name + "_" + hash(name);
    }

    private static String hash(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return String.format("%0" + HASH_LENGTH + "x", crc.getValue());
    }
}
