package org.activerecord4j.internal.sql;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Names of the constraints and indexes the writer declares ({@code fk_orders_user_id},
 * {@code idx_orders_user_id}, {@code uq_user_roles_user_id_role_id}), kept within a database's identifier
 * limit: a longer name keeps its start and ends in a hash of the whole name, so it stays unique and the
 * same on every run.
 */
public final class ConstraintNames {

    private static final int HASH_LENGTH = 8;

    private final int maxLength;

    public ConstraintNames(int maxLength) {
        this.maxLength = maxLength;
    }

    public String foreignKey(String table, String column) {
        return fit("fk_" + table + "_" + column);
    }

    public String index(String table, String column) {
        return fit("idx_" + table + "_" + column);
    }

    public String uniqueKey(String table, Iterable<String> columns) {
        return fit("uq_" + table + "_" + String.join("_", columns));
    }

    public String fit(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= maxLength) {
            return name;
        }
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        String hash = String.format("%0" + HASH_LENGTH + "x", crc.getValue());
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
}
