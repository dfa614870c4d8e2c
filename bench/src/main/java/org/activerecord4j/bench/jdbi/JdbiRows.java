package org.activerecord4j.bench.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.activerecord4j.bench.rows.PlainRows;
import org.activerecord4j.bench.rows.PlainRows.CommentRow;
import org.activerecord4j.bench.rows.PlainRows.CourseOfStudent;
import org.activerecord4j.bench.rows.PlainRows.PostRow;
import org.activerecord4j.bench.rows.PlainRows.ReadingRow;
import org.activerecord4j.bench.rows.PlainRows.StudentRow;
import org.activerecord4j.bench.rows.PlainRows.UserRow;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The {@link RowMapper}s that build the {@link PlainRows}, one per row type, written by hand as Jdbi's
 * documentation recommends for speed (no reflection). Columns are read by position, in the order of the
 * SELECT lists of the JDBC implementation. Stateless.
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
}
