package org.activerecord4j.bench.jdbc;

import org.activerecord4j.bench.db.BenchDatabase;

/**
 * The statements of the JDBC implementation: the same SQL activerecord4j issues for each scenario
 * (print it with {@code --show-sql}), written with double-quoted identifiers and requoted per database.
 * Immutable.
 */
final class JdbcSql {

    private static final String USER_COLUMNS = "\"id\", \"name\", \"email\", \"age\"";
    private static final String POST_COLUMNS = "\"id\", \"user_id\", \"title\", \"body\"";
    private static final String COMMENT_COLUMNS = "\"id\", \"post_id\", \"author\", \"body\"";

    final String allPosts;
    final String userById;
    final String allUsers;
    final String firstUsers;
    final String postsOfUser;
    final String allStudents;
    final String insertComment;
    final String allReadings;
    private final BenchDatabase database;

    JdbcSql(BenchDatabase database) {
        this.database = database;
        allPosts = database.sql("SELECT " + POST_COLUMNS + " FROM \"posts\"");
        userById = database.sql("SELECT " + USER_COLUMNS + " FROM \"users\" WHERE \"id\" = ? LIMIT ?");
        allUsers = database.sql("SELECT " + USER_COLUMNS + " FROM \"users\"");
        firstUsers = database.sql("SELECT " + USER_COLUMNS + " FROM \"users\" ORDER BY \"id\" ASC LIMIT ?");
        postsOfUser = database.sql("SELECT " + POST_COLUMNS + " FROM \"posts\" WHERE \"user_id\" = ? ORDER BY \"id\" ASC");
        allStudents = database.sql("SELECT \"id\", \"name\" FROM \"students\"");
        insertComment = database.sql("INSERT INTO \"comments\" (\"post_id\", \"author\", \"body\") VALUES (?, ?, ?)"
                + (database == BenchDatabase.SQLITE ? " RETURNING \"id\"" : ""));
        allReadings = database.sql("SELECT \"id\", \"sensor\", \"celsius\", \"note\" FROM \"readings\"");
    }

    /**
     * Posts of the given users, for {@code keys} placeholders.
     *
     * @param keys the number of user keys
     * @return the SQL
     */
    String postsOfUsers(int keys) {
        return database.sql("SELECT " + POST_COLUMNS + " FROM \"posts\" WHERE \"user_id\" IN (" + placeholders(keys)
                + ") ORDER BY \"id\" ASC");
    }

    /**
     * Comments of the given posts, for {@code keys} placeholders.
     *
     * @param keys the number of post keys
     * @return the SQL
     */
    String commentsOfPosts(int keys) {
        return database.sql("SELECT " + COMMENT_COLUMNS + " FROM \"comments\" WHERE \"post_id\" IN (" + placeholders(keys)
                + ") ORDER BY \"id\" ASC");
    }

    /**
     * Courses of the given students with each row's student key last, for {@code keys} placeholders.
     *
     * @param keys the number of student keys
     * @return the SQL
     */
    String coursesOfStudents(int keys) {
        return database.sql("SELECT t.\"id\", t.\"title\", j.ar4j_owner FROM \"courses\" t JOIN (SELECT DISTINCT \"course_id\" AS ar4j_target, "
                + "\"student_id\" AS ar4j_owner FROM \"enrollments\" WHERE \"student_id\" IN (" + placeholders(keys)
                + ")) j ON j.ar4j_target = t.\"id\" ORDER BY \"id\" ASC");
    }

    private static String placeholders(int count) {
        StringBuilder sql = new StringBuilder(count * 3);
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        return sql.toString();
    }
}
