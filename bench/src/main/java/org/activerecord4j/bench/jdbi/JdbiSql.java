package org.activerecord4j.bench.jdbi;

import org.activerecord4j.bench.db.BenchDatabase;

/**
 * The statements of the Jdbi implementation: the JDBC implementation's SQL, with Jdbi's {@code <keys>}
 * list placeholder (filled by {@code bindList}) for the {@code IN} queries. Immutable.
 */
final class JdbiSql {

    private static final String USER_COLUMNS = "\"id\", \"name\", \"email\", \"age\"";
    private static final String POST_COLUMNS = "\"id\", \"user_id\", \"title\", \"body\"";
    private static final String COMMENT_COLUMNS = "\"id\", \"post_id\", \"author\", \"body\"";

    /** The name of the list of keys the IN queries bind. */
    static final String KEYS = "keys";

    final String allPosts;
    final String userById;
    final String allUsers;
    final String firstUsers;
    final String postsOfUser;
    final String postsOfUsers;
    final String commentsOfPosts;
    final String allStudents;
    final String coursesOfStudents;
    final String insertComment;
    final String allReadings;

    JdbiSql(BenchDatabase database) {
        allPosts = database.sql("SELECT " + POST_COLUMNS + " FROM \"posts\"");
        userById = database.sql("SELECT " + USER_COLUMNS + " FROM \"users\" WHERE \"id\" = ? LIMIT ?");
        allUsers = database.sql("SELECT " + USER_COLUMNS + " FROM \"users\"");
        firstUsers = database.sql("SELECT " + USER_COLUMNS + " FROM \"users\" ORDER BY \"id\" ASC LIMIT ?");
        postsOfUser = database.sql("SELECT " + POST_COLUMNS + " FROM \"posts\" WHERE \"user_id\" = ? ORDER BY \"id\" ASC");
        postsOfUsers = database.sql("SELECT " + POST_COLUMNS + " FROM \"posts\" WHERE \"user_id\" IN (<" + KEYS
                + ">) ORDER BY \"id\" ASC");
        commentsOfPosts = database.sql("SELECT " + COMMENT_COLUMNS + " FROM \"comments\" WHERE \"post_id\" IN (<" + KEYS
                + ">) ORDER BY \"id\" ASC");
        allStudents = database.sql("SELECT \"id\", \"name\" FROM \"students\"");
        coursesOfStudents = database.sql("SELECT t.\"id\", t.\"title\", j.ar4j_owner FROM \"courses\" t JOIN (SELECT DISTINCT "
                + "\"course_id\" AS ar4j_target, \"student_id\" AS ar4j_owner FROM \"enrollments\" WHERE \"student_id\" IN (<"
                + KEYS + ">)) j ON j.ar4j_target = t.\"id\" ORDER BY \"id\" ASC");
        insertComment = database.sql("INSERT INTO \"comments\" (\"post_id\", \"author\", \"body\") VALUES (?, ?, ?)"
                + (database == BenchDatabase.SQLITE ? " RETURNING \"id\"" : ""));
        allReadings = database.sql("SELECT \"id\", \"sensor\", \"celsius\", \"note\" FROM \"readings\"");
    }
}
