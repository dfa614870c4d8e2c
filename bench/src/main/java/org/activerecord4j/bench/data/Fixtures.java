package org.activerecord4j.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.activerecord4j.bench.db.BenchDatabase;

/** The inputs of the scenarios, the same for every implementation: generated from {@link DataSet#SEED}. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * Returns S2's user keys: {@link DataSet#LOOKUPS} keys drawn at random, with repeats.
     *
     * @return the keys
     */
    public static long[] lookupIds() {
        SplittableRandom random = new SplittableRandom(DataSet.SEED);
        long[] ids = new long[DataSet.LOOKUPS];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = 1 + random.nextInt(DataSet.USERS);
        }
        return ids;
    }

    /**
     * Returns S6's comments, on posts drawn at random.
     *
     * @return {@link DataSet#NEW_COMMENTS} comments
     */
    public static List<NewComment> newComments() {
        SplittableRandom random = new SplittableRandom(DataSet.SEED + 1);
        List<NewComment> comments = new ArrayList<>(DataSet.NEW_COMMENTS);
        for (int i = 0; i < DataSet.NEW_COMMENTS; i++) {
            comments.add(new NewComment(1 + random.nextInt(DataSet.POSTS), "Bench " + i, DataSet.text("New", i, 60)));
        }
        return comments;
    }

    /**
     * Deletes the comments S6 inserted, so the table is back to {@link DataSet#COMMENTS} rows; on PostgreSQL
     * also vacuums it, so that the deleted rows' space is reused and the next scenario (or run) reads the same
     * table as the first. Autovacuum lags far behind S6: 30 operations left 1.5 million dead rows in the table
     * and its indexes, and S3 then took 1.5–2.5 times as long per operation for every implementation. MariaDB's
     * purge and SQLite's free list need no help.
     *
     * @param database the database
     * @param dataSource a pool on it whose connections are in auto-commit mode (PostgreSQL runs no
     *     {@code VACUUM} inside a transaction)
     * @throws SQLException when the delete or the vacuum fails
     */
    public static void deleteNewComments(BenchDatabase database, DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    database.sql("DELETE FROM \"comments\" WHERE \"id\" > ?"))) {
                delete.setLong(1, DataSet.COMMENTS);
                delete.executeUpdate();
            }
            if (database == BenchDatabase.POSTGRESQL) {
                try (Statement vacuum = connection.createStatement()) {
                    vacuum.execute("VACUUM \"comments\"");
                }
            }
        }
    }
}
