package org.activerecord4j.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
     * Deletes the comments S6 inserted, so the table is back to {@link DataSet#COMMENTS} rows.
     *
     * @param database the database
     * @param dataSource a pool on it
     * @throws SQLException when the delete fails
     */
    public static void deleteNewComments(BenchDatabase database, DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(database.sql("DELETE FROM \"comments\" WHERE \"id\" > ?"))) {
            delete.setLong(1, DataSet.COMMENTS);
            delete.executeUpdate();
        }
    }
}
