package org.activerecord4j.bench.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.function.ToLongFunction;
import org.activerecord4j.bench.Checksum;
import org.activerecord4j.bench.Workload;
import org.activerecord4j.bench.data.NewComment;
import org.activerecord4j.bench.db.BenchDatabase;
import org.activerecord4j.bench.jdbc.Rows.CommentRow;
import org.activerecord4j.bench.jdbc.Rows.CourseRow;
import org.activerecord4j.bench.jdbc.Rows.PostRow;
import org.activerecord4j.bench.jdbc.Rows.ReadingRow;
import org.activerecord4j.bench.jdbc.Rows.StudentRow;
import org.activerecord4j.bench.jdbc.Rows.UserRow;

/**
 * The scenarios in hand-written JDBC, the limit an ORM is measured against: activerecord4j's SQL,
 * columns read by position, one connection and one prepared statement per operation, eager loading by
 * {@code IN} queries chunked under the database's parameter limit. Not thread-safe.
 */
public final class JdbcWorkload implements Workload {

    private static final int BATCH_SIZE = 1_000;
    private static final int FETCH_SIZE = 1_000;

    private final BenchDatabase database;
    private final HikariDataSource pool;
    private final JdbcSql sql;

    /**
     * Opens a pool on {@code database}.
     *
     * @param database the database
     */
    public JdbcWorkload(BenchDatabase database) {
        this.database = database;
        this.pool = database.openPool();
        this.sql = new JdbcSql(database);
    }

    @Override
    public long loadAllPosts() {
        try (Connection connection = pool.getConnection()) {
            long sum = 0;
            for (PostRow post : list(connection, sql.allPosts, PostRow::new)) {
                sum += Checksum.child(post.userId, Checksum.of(post.id, post.body));
            }
            return sum;
        } catch (SQLException e) {
            throw failed("S1", e);
        }
    }

    @Override
    public long findUsersById(long[] ids) {
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql.userById)) {
            long sum = 0;
            for (long id : ids) {
                statement.setLong(1, id);
                statement.setInt(2, 2);
                try (ResultSet row = statement.executeQuery()) {
                    if (row.next()) {
                        UserRow user = new UserRow(row);
                        sum += Checksum.of(user.id, user.email);
                    }
                }
            }
            return sum;
        } catch (SQLException e) {
            throw failed("S2", e);
        }
    }

    @Override
    public long loadUsersPostsComments() {
        try (Connection connection = pool.getConnection()) {
            List<UserRow> users = list(connection, sql.allUsers, UserRow::new);
            List<PostRow> posts = loadChildren(connection, users, user -> user.id, sql::postsOfUsers, PostRow::new,
                    post -> post.userId, (user, children) -> user.posts = children);
            loadChildren(connection, posts, post -> post.id, sql::commentsOfPosts, CommentRow::new,
                    comment -> comment.postId, (post, children) -> post.comments = children);
            return checksumOfGraph(users, true);
        } catch (SQLException e) {
            throw failed("S3", e);
        }
    }

    @Override
    public long loadStudentsCourses() {
        try (Connection connection = pool.getConnection()) {
            List<StudentRow> students = list(connection, sql.allStudents, StudentRow::new);
            Map<Long, StudentRow> byId = new HashMap<>(students.size() * 2);
            for (StudentRow student : students) {
                student.courses = new ArrayList<>();
                byId.put(student.id, student);
            }
            Map<Long, CourseRow> courses = new HashMap<>();
            for (List<StudentRow> chunk : chunks(students)) {
                try (PreparedStatement statement = connection.prepareStatement(sql.coursesOfStudents(chunk.size()))) {
                    for (int i = 0; i < chunk.size(); i++) {
                        statement.setLong(i + 1, chunk.get(i).id);
                    }
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            // One object per course, however many students take it.
                            long courseId = row.getLong(1);
                            CourseRow course = courses.get(courseId);
                            if (course == null) {
                                course = new CourseRow(row);
                                courses.put(courseId, course);
                            }
                            byId.get(row.getLong(3)).courses.add(course);
                        }
                    }
                }
            }
            long sum = 0;
            for (StudentRow student : students) {
                sum += Checksum.of(student.id, student.name);
                for (CourseRow course : student.courses) {
                    sum += Checksum.child(student.id, Checksum.of(course.id, course.title));
                }
            }
            return sum;
        } catch (SQLException e) {
            throw failed("S4", e);
        }
    }

    @Override
    public long usersWithPostsLazy(int count) {
        try (Connection connection = pool.getConnection()) {
            List<UserRow> users = firstUsers(connection, count);
            try (PreparedStatement statement = connection.prepareStatement(sql.postsOfUser)) {
                for (UserRow user : users) {
                    statement.setLong(1, user.id);
                    List<PostRow> posts = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            posts.add(new PostRow(row));
                        }
                    }
                    user.posts = posts;
                }
            }
            return checksumOfGraph(users, false);
        } catch (SQLException e) {
            throw failed("S5 lazy", e);
        }
    }

    @Override
    public long usersWithPostsEager(int count) {
        try (Connection connection = pool.getConnection()) {
            List<UserRow> users = firstUsers(connection, count);
            loadChildren(connection, users, user -> user.id, sql::postsOfUsers, PostRow::new,
                    post -> post.userId, (user, children) -> user.posts = children);
            return checksumOfGraph(users, false);
        } catch (SQLException e) {
            throw failed("S5 eager", e);
        }
    }

    @Override
    public long insertComments(List<NewComment> comments) {
        List<CommentRow> rows = new ArrayList<>(comments.size());
        for (NewComment comment : comments) {
            rows.add(new CommentRow(comment.postId(), comment.author(), comment.body()));
        }
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (database == BenchDatabase.SQLITE) {
                    insertReturningEach(connection, rows);
                } else {
                    insertBatches(connection, rows);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed("S6", e);
        }
        long keyed = 0;
        for (CommentRow row : rows) {
            keyed += row.id > 0 ? 1 : 0;
        }
        return keyed;
    }

    /** SQLite's driver returns one generated key per batch, so each row is inserted with RETURNING, as activerecord4j does. */
    private void insertReturningEach(Connection connection, List<CommentRow> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.insertComment)) {
            for (CommentRow row : rows) {
                bindComment(statement, row);
                try (ResultSet key = statement.executeQuery()) {
                    key.next();
                    row.id = key.getLong(1);
                }
            }
        }
    }

    private void insertBatches(Connection connection, List<CommentRow> rows) throws SQLException {
        try (PreparedStatement statement = database == BenchDatabase.POSTGRESQL
                ? connection.prepareStatement(sql.insertComment, new String[] {"id"})
                : connection.prepareStatement(sql.insertComment, Statement.RETURN_GENERATED_KEYS)) {
            for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
                List<CommentRow> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE));
                for (CommentRow row : chunk) {
                    bindComment(statement, row);
                    statement.addBatch();
                }
                statement.executeBatch();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    for (int i = 0; i < chunk.size() && keys.next(); i++) {
                        chunk.get(i).id = keys.getLong(1);
                    }
                }
            }
        }
    }

    private static void bindComment(PreparedStatement statement, CommentRow row) throws SQLException {
        statement.setLong(1, row.postId);
        statement.setString(2, row.author);
        statement.setString(3, row.body);
    }

    @Override
    public long streamReadings() {
        try (Connection connection = pool.getConnection()) {
            // PostgreSQL streams only inside a transaction; activerecord4j's cursor opens one the same way.
            connection.setAutoCommit(false);
            long sum = 0;
            try (PreparedStatement statement = connection.prepareStatement(sql.allReadings,
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        ReadingRow reading = new ReadingRow(row);
                        sum += Checksum.of(reading.id, reading.note) + reading.sensor;
                    }
                }
            } finally {
                connection.commit();
                connection.setAutoCommit(true);
            }
            return sum;
        } catch (SQLException e) {
            throw failed("S7", e);
        }
    }

    private List<UserRow> firstUsers(Connection connection, int count) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.firstUsers)) {
            statement.setInt(1, count);
            return read(statement, UserRow::new);
        }
    }

    /**
     * Loads the children of {@code parents} with one IN query per chunk of keys and gives each parent
     * its list (empty when it has none).
     */
    private <P, C> List<C> loadChildren(Connection connection, List<P> parents, ToLongFunction<P> key,
            IntFunction<String> select, RowReader<C> reader, ToLongFunction<C> parentKey,
            BiConsumer<P, List<C>> attach) throws SQLException {
        Map<Long, List<C>> byParent = new HashMap<>(parents.size() * 2);
        for (P parent : parents) {
            List<C> children = new ArrayList<>();
            attach.accept(parent, children);
            byParent.put(key.applyAsLong(parent), children);
        }
        List<C> all = new ArrayList<>();
        for (List<P> chunk : chunks(parents)) {
            try (PreparedStatement statement = connection.prepareStatement(select.apply(chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setLong(i + 1, key.applyAsLong(chunk.get(i)));
                }
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        C child = reader.read(row);
                        byParent.get(parentKey.applyAsLong(child)).add(child);
                        all.add(child);
                    }
                }
            }
        }
        return all;
    }

    private <T> List<List<T>> chunks(List<T> keys) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += database.maxParameters()) {
            chunks.add(keys.subList(from, Math.min(keys.size(), from + database.maxParameters())));
        }
        return chunks;
    }

    private static long checksumOfGraph(List<UserRow> users, boolean withComments) {
        long sum = 0;
        for (UserRow user : users) {
            sum += Checksum.of(user.id, user.email);
            for (PostRow post : user.posts) {
                sum += Checksum.child(user.id, Checksum.of(post.id, post.title));
                if (withComments) {
                    for (CommentRow comment : post.comments) {
                        sum += Checksum.child(post.id, Checksum.of(comment.id, comment.body));
                    }
                }
            }
        }
        return sum;
    }

    private static <T> List<T> list(Connection connection, String select, RowReader<T> reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            return read(statement, reader);
        }
    }

    private static <T> List<T> read(PreparedStatement statement, RowReader<T> reader) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                rows.add(reader.read(row));
            }
        }
        return rows;
    }

    private static IllegalStateException failed(String scenario, SQLException e) {
        return new IllegalStateException("JDBC " + scenario + " failed: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        pool.close();
    }

    /** Reads the current row into an object. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }
}
