package org.activerecord4j.bench.data;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.activerecord4j.Database;
import org.activerecord4j.bench.db.BenchDatabase;
import org.activerecord4j.bench.model.Comment;
import org.activerecord4j.bench.model.Course;
import org.activerecord4j.bench.model.Enrollment;
import org.activerecord4j.bench.model.Post;
import org.activerecord4j.bench.model.Reading;
import org.activerecord4j.bench.model.Student;
import org.activerecord4j.bench.model.User;

/**
 * Creates the benchmark tables (through activerecord4j's DDL: foreign keys and their indexes) and fills
 * them with {@link DataSet}'s rows in JDBC batches. A group of tables whose row counts are already right
 * is kept, so a second run starts at once. Not thread-safe.
 */
public final class DataGenerator {

    /** PostgreSQL: the sequence Hibernate's S6 takes comment keys from (see {@link #ensure()}). */
    public static final String COMMENT_SEQUENCE = "comments_hibernate_seq";
    /** The increment of {@link #COMMENT_SEQUENCE}: Hibernate's allocation size. */
    public static final int COMMENT_SEQUENCE_INCREMENT = 50;

    private static final int BATCH = 1_000;

    private final BenchDatabase database;
    private final PrintStream log;

    /**
     * Prepares to fill {@code database}.
     *
     * @param database the database
     * @param log where progress is printed
     */
    public DataGenerator(BenchDatabase database, PrintStream log) {
        this.database = database;
        this.log = log;
    }

    /**
     * Makes sure every table exists with the expected rows, regenerating the groups that differ; on
     * PostgreSQL also {@link #COMMENT_SEQUENCE}, restarted above the highest comment key, and every table
     * vacuumed and analysed.
     *
     * @throws SQLException when a statement fails
     */
    public void ensure() throws SQLException {
        try (Database orm = database.openActiveRecord(); Connection connection = database.connect()) {
            ensureGroup(orm, connection, "blog", List.of(
                    new TableCount("users", DataSet.USERS), new TableCount("posts", DataSet.POSTS),
                    new TableCount("comments", DataSet.COMMENTS)), () -> {
                orm.dropTables(Comment.class, Post.class, User.class);
                orm.createTables(User.class, Post.class, Comment.class);
                fillBlog(connection);
            });
            ensureGroup(orm, connection, "school", List.of(
                    new TableCount("students", DataSet.STUDENTS), new TableCount("courses", DataSet.COURSES),
                    new TableCount("enrollments", DataSet.ENROLLMENTS)), () -> {
                orm.dropTables(Enrollment.class, Course.class, Student.class);
                orm.createTables(Student.class, Course.class, Enrollment.class);
                fillSchool(connection);
            });
            ensureGroup(orm, connection, "readings", List.of(new TableCount("readings", DataSet.READINGS)), () -> {
                orm.dropTables(Reading.class);
                orm.createTables(Reading.class);
                fillReadings(connection);
            });
            ensureCommentSequence(connection);
            vacuum(connection);
        }
    }

    /**
     * PostgreSQL: vacuums and analyses every table, so that a run starts from tables without dead rows and with
     * current statistics whatever earlier runs left (S6 vacuums after itself, see
     * {@link Fixtures#deleteNewComments}, but a run stopped in the middle of it does not). Takes a second or two
     * on tables that need nothing.
     */
    private void vacuum(Connection connection) throws SQLException {
        if (database != BenchDatabase.POSTGRESQL) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE");
        }
    }

    /**
     * PostgreSQL: the sequence Hibernate's S6 takes comment keys from in blocks of 50 (its pooled
     * optimizer), beside the table's own identity, which the other implementations use. Each run restarts it
     * above the highest key: the first block Hibernate takes is the 50 keys up to the sequence's next value,
     * all above every existing comment. The two sources can hand out the same key only to rows that never
     * coexist: S6 deletes its rows after each operation.
     */
    private void ensureCommentSequence(Connection connection) throws SQLException {
        if (database != BenchDatabase.POSTGRESQL) {
            return;
        }
        int increment = COMMENT_SEQUENCE_INCREMENT;
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SEQUENCE IF NOT EXISTS \"" + COMMENT_SEQUENCE + "\" INCREMENT BY " + increment);
            statement.execute("SELECT setval('\"" + COMMENT_SEQUENCE + "\"', (SELECT COALESCE(MAX(\"id\"), 0) FROM "
                    + "\"comments\") + " + increment + ")");
        }
    }

    private void ensureGroup(Database orm, Connection connection, String group, List<TableCount> tables, Filler filler)
            throws SQLException {
        for (TableCount table : tables) {
            if (count(connection, table.name()) != table.rows()) {
                long started = System.nanoTime();
                log.printf("[%s] generating %s data...%n", database.id(), group);
                filler.fill();
                log.printf("[%s] %s data generated in %.1f s%n", database.id(), group, (System.nanoTime() - started) / 1e9);
                return;
            }
        }
    }

    private long count(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, table, new String[] {"TABLE"})) {
            if (!tables.next()) {
                return -1;
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(database.sql("SELECT COUNT(*) FROM \"" + table + "\""))) {
            row.next();
            return row.getLong(1);
        }
    }

    private void fillBlog(Connection connection) throws SQLException {
        insert(connection, "users", "\"id\", \"name\", \"email\", \"age\"", DataSet.USERS, (row, i) -> {
            long id = i + 1;
            row.setLong(1, id);
            row.setString(2, "User " + id);
            row.setString(3, "user" + id + "@example.com");
            row.setInt(4, 18 + (int) (id % 60));
        });
        insert(connection, "posts", "\"id\", \"user_id\", \"title\", \"body\"", DataSet.POSTS, (row, i) -> {
            long id = i + 1;
            row.setLong(1, id);
            row.setLong(2, i / DataSet.POSTS_PER_USER + 1);
            row.setString(3, "Post " + id);
            row.setString(4, DataSet.text("Post", id, 120));
        });
        insert(connection, "comments", "\"id\", \"post_id\", \"author\", \"body\"", DataSet.COMMENTS, (row, i) -> {
            long id = i + 1;
            row.setLong(1, id);
            row.setLong(2, i / DataSet.COMMENTS_PER_POST + 1);
            row.setString(3, "User " + (id % DataSet.USERS + 1));
            row.setString(4, DataSet.text("Comment", id, 60));
        });
        resetIdentity(connection, "users", "posts", "comments");
    }

    private void fillSchool(Connection connection) throws SQLException {
        insert(connection, "students", "\"id\", \"name\"", DataSet.STUDENTS, (row, i) -> {
            row.setLong(1, i + 1);
            row.setString(2, "Student " + (i + 1));
        });
        insert(connection, "courses", "\"id\", \"title\"", DataSet.COURSES, (row, i) -> {
            row.setLong(1, i + 1);
            row.setString(2, "Course " + (i + 1));
        });
        insert(connection, "enrollments", "\"id\", \"student_id\", \"course_id\"", DataSet.ENROLLMENTS, (row, i) -> {
            long student = i / DataSet.COURSES_PER_STUDENT + 1;
            row.setLong(1, i + 1);
            row.setLong(2, student);
            row.setLong(3, DataSet.courseOf(student, (int) (i % DataSet.COURSES_PER_STUDENT)));
        });
        resetIdentity(connection, "students", "courses", "enrollments");
    }

    private void fillReadings(Connection connection) throws SQLException {
        insert(connection, "readings", "\"id\", \"sensor\", \"celsius\", \"note\"", DataSet.READINGS, (row, i) -> {
            long id = i + 1;
            row.setLong(1, id);
            row.setInt(2, DataSet.readingSensor(id));
            row.setDouble(3, (i % 4_000) / 100.0 - 10.0);
            row.setString(4, DataSet.readingNote(id));
        });
        resetIdentity(connection, "readings");
    }

    private void insert(Connection connection, String table, String columns, long rows, RowBinder binder)
            throws SQLException {
        int count = columns.split(",").length;
        String sql = database.sql("INSERT INTO \"" + table + "\" (" + columns + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")");
        connection.setAutoCommit(false);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (long i = 0; i < rows; i++) {
                binder.bind(statement, i);
                statement.addBatch();
                if ((i + 1) % BATCH == 0 || i + 1 == rows) {
                    statement.executeBatch();
                }
            }
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly(connection);
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Explicit keys do not move PostgreSQL's identity sequence; later inserts must not collide with them. */
    private void resetIdentity(Connection connection, String... tables) throws SQLException {
        if (database != BenchDatabase.POSTGRESQL) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("SELECT setval(pg_get_serial_sequence('\"" + table + "\"', 'id'), "
                        + "(SELECT MAX(\"id\") FROM \"" + table + "\"))");
            }
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // The connection is only used for counting and generation; the next statement reports real trouble.
        }
    }

    private record TableCount(String name, long rows) {
    }

    @FunctionalInterface
    private interface RowBinder {
        void bind(PreparedStatement statement, long index) throws SQLException;
    }

    @FunctionalInterface
    private interface Filler {
        void fill() throws SQLException;
    }
}
