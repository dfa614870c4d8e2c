package org.activerecord4j.bench.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The plain objects the hand-written JDBC implementation reads rows into, with the readers that fill
 * them by column position (the positions of the SELECT lists in {@link JdbcSql}). Not thread-safe.
 */
final class Rows {

    private Rows() {
    }

    /** A user; {@code posts} is set when loaded. */
    static final class UserRow {
        final long id;
        final String name;
        final String email;
        final int age;
        List<PostRow> posts;

        UserRow(ResultSet row) throws SQLException {
            id = row.getLong(1);
            name = row.getString(2);
            email = row.getString(3);
            age = row.getInt(4);
        }
    }

    /** A post; {@code comments} is set when loaded. */
    static final class PostRow {
        final long id;
        final long userId;
        final String title;
        final String body;
        List<CommentRow> comments;

        PostRow(ResultSet row) throws SQLException {
            id = row.getLong(1);
            userId = row.getLong(2);
            title = row.getString(3);
            body = row.getString(4);
        }
    }

    /** A comment; {@code id} is filled after an insert. */
    static final class CommentRow {
        long id;
        final long postId;
        final String author;
        final String body;

        CommentRow(ResultSet row) throws SQLException {
            id = row.getLong(1);
            postId = row.getLong(2);
            author = row.getString(3);
            body = row.getString(4);
        }

        CommentRow(long postId, String author, String body) {
            this.postId = postId;
            this.author = author;
            this.body = body;
        }
    }

    /** A student; {@code courses} is set when loaded. */
    static final class StudentRow {
        final long id;
        final String name;
        List<CourseRow> courses;

        StudentRow(ResultSet row) throws SQLException {
            id = row.getLong(1);
            name = row.getString(2);
        }
    }

    /** A course. */
    static final class CourseRow {
        final long id;
        final String title;

        CourseRow(ResultSet row) throws SQLException {
            id = row.getLong(1);
            title = row.getString(2);
        }
    }

    /** A reading. */
    static final class ReadingRow {
        final long id;
        final int sensor;
        final double celsius;
        final String note;

        ReadingRow(ResultSet row) throws SQLException {
            id = row.getLong(1);
            sensor = row.getInt(2);
            celsius = row.getDouble(3);
            note = row.getString(4);
        }
    }
}
