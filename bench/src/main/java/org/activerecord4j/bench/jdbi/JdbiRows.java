package org.activerecord4j.bench.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The plain objects the Jdbi implementation reads rows into and the {@link RowMapper}s that build them,
 * one per row type, written by hand as Jdbi's documentation recommends for speed (no reflection). Columns
 * are read by position, in the order of the SELECT lists of the JDBC implementation. Not thread-safe
 * (the objects); the mappers are stateless.
 */
final class JdbiRows {

    static final RowMapper<UserRow> USER = (row, context) -> new UserRow(row.getLong(1), row.getString(2),
            row.getString(3), row.getInt(4));
    static final RowMapper<PostRow> POST = (row, context) -> new PostRow(row.getLong(1), row.getLong(2),
            row.getString(3), row.getString(4));
    static final RowMapper<CommentRow> COMMENT = (row, context) -> new CommentRow(row.getLong(1), row.getLong(2),
            row.getString(3), row.getString(4));
    static final RowMapper<StudentRow> STUDENT = (row, context) -> new StudentRow(row.getLong(1), row.getString(2));
    static final RowMapper<ReadingRow> READING = (row, context) -> new ReadingRow(row.getLong(1), row.getInt(2),
            row.getDouble(3), row.getString(4));
    static final RowMapper<CourseOfStudent> COURSE_OF_STUDENT = JdbiRows::courseOfStudent;

    private JdbiRows() {
    }

    private static CourseOfStudent courseOfStudent(ResultSet row, StatementContext context) throws SQLException {
        return new CourseOfStudent(row.getLong(3), row.getLong(1), row.getString(2));
    }

    /** A user; {@code posts} is set when loaded. */
    static final class UserRow {
        final long id;
        final String name;
        final String email;
        final int age;
        List<PostRow> posts;

        UserRow(long id, String name, String email, int age) {
            this.id = id;
            this.name = name;
            this.email = email;
            this.age = age;
        }
    }

    /** A post; {@code comments} is set when loaded. */
    static final class PostRow {
        final long id;
        final long userId;
        final String title;
        final String body;
        List<CommentRow> comments;

        PostRow(long id, long userId, String title, String body) {
            this.id = id;
            this.userId = userId;
            this.title = title;
            this.body = body;
        }
    }

    /** A comment; {@code id} is filled after an insert. */
    static final class CommentRow {
        long id;
        final long postId;
        final String author;
        final String body;

        CommentRow(long id, long postId, String author, String body) {
            this.id = id;
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

        StudentRow(long id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    /**
     * A course.
     *
     * @param id the key
     * @param title the title
     */
    record CourseRow(long id, String title) {
    }

    /**
     * One row of S4's join: a course and the student who takes it.
     *
     * @param studentId the student's key
     * @param courseId the course's key
     * @param title the course's title
     */
    record CourseOfStudent(long studentId, long courseId, String title) {
    }

    /**
     * A reading.
     *
     * @param id the key
     * @param sensor the sensor
     * @param celsius the temperature
     * @param note the note
     */
    record ReadingRow(long id, int sensor, double celsius, String note) {
    }
}
