package org.activerecord4j.bench.jdbi;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;
import org.activerecord4j.bench.Checksum;
import org.activerecord4j.bench.Workload;
import org.activerecord4j.bench.data.NewComment;
import org.activerecord4j.bench.db.BenchDatabase;
import org.activerecord4j.bench.rows.PlainRows;
import org.activerecord4j.bench.rows.PlainRows.CommentRow;
import org.activerecord4j.bench.rows.PlainRows.CourseOfStudent;
import org.activerecord4j.bench.rows.PlainRows.CourseRow;
import org.activerecord4j.bench.rows.PlainRows.PostRow;
import org.activerecord4j.bench.rows.PlainRows.StudentRow;
import org.activerecord4j.bench.rows.PlainRows.UserRow;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The scenarios in Jdbi 3's fluent API, as its documentation has it: one {@link Handle} per operation
 * ({@code withHandle}, like the JDBC implementation's one connection per operation), the JDBC
 * implementation's SQL, hand-written {@link RowMapper}s, {@code bindList} for the eager {@code IN}
 * queries (the same queries, chunked the same way), a {@link PreparedBatch} with generated keys for
 * inserts and a stream with a fetch size for S7. Not thread-safe.
 */
public final class JdbiWorkload implements Workload {

    private static final int BATCH_SIZE = 1_000;
    private static final int FETCH_SIZE = 1_000;
    private static final RowMapper<Long> KEY = (row, context) -> row.getLong(1);

    private final BenchDatabase database;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final JdbiSql sql;
    private final AtomicLong statements = new AtomicLong();

    /**
     * Opens a pool and Jdbi on {@code database}, without counting statements.
     *
     * @param database the database
     */
    public JdbiWorkload(BenchDatabase database) {
        this(database, false);
    }

    /**
     * Opens a pool and Jdbi on {@code database}.
     *
     * @param database the database
     * @param countStatements whether a {@link SqlLogger} counts the statements executed (for counting runs only)
     */
    public JdbiWorkload(BenchDatabase database, boolean countStatements) {
        this.database = database;
        this.pool = database.openPool();
        this.jdbi = Jdbi.create(pool);
        this.sql = new JdbiSql(database);
        if (countStatements) {
            jdbi.getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
                @Override
                public void logBeforeExecution(StatementContext context) {
                    statements.incrementAndGet();
                }
            });
        }
    }

    /**
     * Returns how many statements were executed so far, when opened to count them.
     *
     * @return the count; 0 when not counting
     */
    public long statementsExecuted() {
        return statements.get();
    }

    @Override
    public long loadAllPosts() {
        return jdbi.withHandle(handle -> {
            long sum = 0;
            for (PostRow post : handle.createQuery(sql.allPosts).map(JdbiRows.POST).list()) {
                sum += Checksum.child(post.userId, Checksum.of(post.id, post.body));
            }
            return sum;
        });
    }

    @Override
    public long findUsersById(long[] ids) {
        return jdbi.withHandle(handle -> {
            long sum = 0;
            for (long id : ids) {
                UserRow user = handle.createQuery(sql.userById).bind(0, id).bind(1, 2).map(JdbiRows.USER).findOne().orElse(null);
                if (user != null) {
                    sum += Checksum.of(user.id, user.email);
                }
            }
            return sum;
        });
    }

    @Override
    public long loadUsersPostsComments() {
        return jdbi.withHandle(handle -> {
            List<UserRow> users = handle.createQuery(sql.allUsers).map(JdbiRows.USER).list();
            List<PostRow> posts = loadChildren(handle, users, user -> user.id, sql.postsOfUsers, JdbiRows.POST,
                    post -> post.userId, (user, children) -> user.posts = children);
            loadChildren(handle, posts, post -> post.id, sql.commentsOfPosts, JdbiRows.COMMENT,
                    comment -> comment.postId, (post, children) -> post.comments = children);
            return PlainRows.checksumOfGraph(users, true);
        });
    }

    @Override
    public long loadStudentsCourses() {
        return jdbi.withHandle(handle -> {
            List<StudentRow> students = handle.createQuery(sql.allStudents).map(JdbiRows.STUDENT).list();
            Map<Long, StudentRow> byId = new HashMap<>(students.size() * 2);
            for (StudentRow student : students) {
                student.courses = new ArrayList<>();
                byId.put(student.id, student);
            }
            Map<Long, CourseRow> courses = new HashMap<>();
            for (List<Long> keys : chunks(students, student -> student.id)) {
                handle.createQuery(sql.coursesOfStudents).bindList(JdbiSql.KEYS, keys).map(JdbiRows.COURSE_OF_STUDENT)
                        .forEach(row -> {
                            // One object per course, however many students take it.
                            CourseRow course = courses.computeIfAbsent(row.courseId(), id -> new CourseRow(id, row.title()));
                            byId.get(row.studentId()).courses.add(course);
                        });
            }
            long sum = 0;
            for (StudentRow student : students) {
                sum += Checksum.of(student.id, student.name);
                for (CourseRow course : student.courses) {
                    sum += Checksum.child(student.id, Checksum.of(course.id(), course.title()));
                }
            }
            return sum;
        });
    }

    @Override
    public long usersWithPostsLazy(int count) {
        return jdbi.withHandle(handle -> {
            List<UserRow> users = handle.createQuery(sql.firstUsers).bind(0, count).map(JdbiRows.USER).list();
            for (UserRow user : users) {
                user.posts = handle.createQuery(sql.postsOfUser).bind(0, user.id).map(JdbiRows.POST).list();
            }
            return PlainRows.checksumOfGraph(users, false);
        });
    }

    @Override
    public long usersWithPostsEager(int count) {
        return jdbi.withHandle(handle -> {
            List<UserRow> users = handle.createQuery(sql.firstUsers).bind(0, count).map(JdbiRows.USER).list();
            loadChildren(handle, users, user -> user.id, sql.postsOfUsers, JdbiRows.POST,
                    post -> post.userId, (user, children) -> user.posts = children);
            return PlainRows.checksumOfGraph(users, false);
        });
    }

    @Override
    public long insertComments(List<NewComment> comments) {
        List<CommentRow> rows = new ArrayList<>(comments.size());
        for (NewComment comment : comments) {
            rows.add(new CommentRow(0, comment.postId(), comment.author(), comment.body()));
        }
        jdbi.useTransaction(handle -> {
            if (database == BenchDatabase.SQLITE) {
                insertReturningEach(handle, rows);
            } else {
                insertBatches(handle, rows);
            }
        });
        long keyed = 0;
        for (CommentRow row : rows) {
            keyed += row.id > 0 ? 1 : 0;
        }
        return keyed;
    }

    /** SQLite's driver returns one generated key per batch, so each row is inserted with RETURNING, as JDBC does. */
    private void insertReturningEach(Handle handle, List<CommentRow> rows) {
        for (CommentRow row : rows) {
            row.id = handle.createQuery(sql.insertComment).bind(0, row.postId).bind(1, row.author).bind(2, row.body)
                    .map(KEY).one();
        }
    }

    /** A batch per 1,000 rows, its keys returned by {@code executePreparedBatch}, as the JDBC batches do. */
    private void insertBatches(Handle handle, List<CommentRow> rows) {
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            List<CommentRow> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE));
            try (PreparedBatch batch = handle.prepareBatch(sql.insertComment)) {
                for (CommentRow row : chunk) {
                    batch.bind(0, row.postId).bind(1, row.author).bind(2, row.body).add();
                }
                List<Long> keys = batch.executePreparedBatch("id").map(KEY).list();
                for (int i = 0; i < chunk.size() && i < keys.size(); i++) {
                    chunk.get(i).id = keys.get(i);
                }
            }
        }
    }

    @Override
    public long streamReadings() {
        // PostgreSQL streams only inside a transaction, as in the JDBC implementation.
        return jdbi.inTransaction(handle -> handle.createQuery(sql.allReadings).setFetchSize(FETCH_SIZE)
                .map(JdbiRows.READING)
                .withStream(readings -> readings.mapToLong(reading -> Checksum.of(reading.id(), reading.note())
                        + reading.sensor()).sum()));
    }

    /**
     * Loads the children of {@code parents} with one IN query per chunk of keys and gives each parent
     * its list (empty when it has none).
     */
    private <P, C> List<C> loadChildren(Handle handle, List<P> parents, ToLongFunction<P> key, String select,
            RowMapper<C> mapper, ToLongFunction<C> parentKey, BiConsumer<P, List<C>> attach) {
        Map<Long, List<C>> byParent = new HashMap<>(parents.size() * 2);
        for (P parent : parents) {
            List<C> children = new ArrayList<>();
            attach.accept(parent, children);
            byParent.put(key.applyAsLong(parent), children);
        }
        List<C> all = new ArrayList<>();
        for (List<Long> keys : chunks(parents, key)) {
            handle.createQuery(select).bindList(JdbiSql.KEYS, keys).map(mapper).forEach(child -> {
                byParent.get(parentKey.applyAsLong(child)).add(child);
                all.add(child);
            });
        }
        return all;
    }

    private <T> List<List<Long>> chunks(List<T> rows, ToLongFunction<T> key) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += database.maxParameters()) {
            int to = Math.min(rows.size(), from + database.maxParameters());
            List<Long> keys = new ArrayList<>(to - from);
            for (T row : rows.subList(from, to)) {
                keys.add(key.applyAsLong(row));
            }
            chunks.add(keys);
        }
        return chunks;
    }

    @Override
    public void close() {
        pool.close();
    }
}
