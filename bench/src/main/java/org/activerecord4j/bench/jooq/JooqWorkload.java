package org.activerecord4j.bench.jooq;

import static org.activerecord4j.bench.jooq.JooqTables.AGE;
import static org.activerecord4j.bench.jooq.JooqTables.AUTHOR;
import static org.activerecord4j.bench.jooq.JooqTables.BODY;
import static org.activerecord4j.bench.jooq.JooqTables.CELSIUS;
import static org.activerecord4j.bench.jooq.JooqTables.COMMENTS;
import static org.activerecord4j.bench.jooq.JooqTables.COURSES_T;
import static org.activerecord4j.bench.jooq.JooqTables.COURSE_ID;
import static org.activerecord4j.bench.jooq.JooqTables.EMAIL;
import static org.activerecord4j.bench.jooq.JooqTables.ENROLLMENTS;
import static org.activerecord4j.bench.jooq.JooqTables.ID;
import static org.activerecord4j.bench.jooq.JooqTables.J_OWNER;
import static org.activerecord4j.bench.jooq.JooqTables.J_TARGET;
import static org.activerecord4j.bench.jooq.JooqTables.NAME;
import static org.activerecord4j.bench.jooq.JooqTables.NOTE;
import static org.activerecord4j.bench.jooq.JooqTables.POSTS;
import static org.activerecord4j.bench.jooq.JooqTables.POST_ID;
import static org.activerecord4j.bench.jooq.JooqTables.READINGS;
import static org.activerecord4j.bench.jooq.JooqTables.SENSOR;
import static org.activerecord4j.bench.jooq.JooqTables.STUDENTS;
import static org.activerecord4j.bench.jooq.JooqTables.STUDENT_ID;
import static org.activerecord4j.bench.jooq.JooqTables.TITLE;
import static org.activerecord4j.bench.jooq.JooqTables.T_ID;
import static org.activerecord4j.bench.jooq.JooqTables.T_TITLE;
import static org.activerecord4j.bench.jooq.JooqTables.USERS;
import static org.activerecord4j.bench.jooq.JooqTables.USER_ID;
import static org.jooq.Records.mapping;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.activerecord4j.bench.Checksum;
import org.activerecord4j.bench.Workload;
import org.activerecord4j.bench.data.NewComment;
import org.activerecord4j.bench.db.BenchDatabase;
import org.activerecord4j.bench.rows.PlainRows;
import org.activerecord4j.bench.rows.PlainRows.CommentRow;
import org.activerecord4j.bench.rows.PlainRows.CourseRow;
import org.activerecord4j.bench.rows.PlainRows.PostRow;
import org.activerecord4j.bench.rows.PlainRows.ReadingRow;
import org.activerecord4j.bench.rows.PlainRows.StudentRow;
import org.activerecord4j.bench.rows.PlainRows.UserRow;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.InsertValuesStep3;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record4;
import org.jooq.RecordMapper;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * The scenarios in jOOQ's {@link DSL} without code generation: the JDBC implementation's queries built
 * with plain table and field names, records mapped with {@link RecordMapper}s ({@code Records.mapping} of
 * a constructor), one connection per operation, eager loading by {@code IN} queries chunked like the JDBC
 * implementation's, multi-row {@code INSERT … RETURNING} for S6 (a row at a time on SQLite) and
 * {@code fetchStream()} with a fetch size for S7. Execute logging is off (a benchmark never logs SQL), and so
 * are the logo and tips. Not thread-safe.
 */
public final class JooqWorkload implements Workload {

    static {
        // Read once, when jOOQ's first class loads: the logo and the tip of the day go to the log.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private static final int BATCH_SIZE = 1_000;
    private static final int FETCH_SIZE = 1_000;

    private static final RecordMapper<Record4<Long, String, String, Integer>, UserRow> USER = mapping(UserRow::new);
    private static final RecordMapper<Record4<Long, Long, String, String>, PostRow> POST = mapping(PostRow::new);
    private static final RecordMapper<Record4<Long, Long, String, String>, CommentRow> COMMENT = mapping(CommentRow::new);
    private static final RecordMapper<Record4<Long, Integer, Double, String>, ReadingRow> READING = mapping(ReadingRow::new);

    private final BenchDatabase database;
    private final HikariDataSource pool;
    private final Configuration configuration;
    private final AtomicLong statements = new AtomicLong();

    /**
     * Opens a pool on {@code database}, without counting statements.
     *
     * @param database the database
     */
    public JooqWorkload(BenchDatabase database) {
        this(database, false);
    }

    /**
     * Opens a pool on {@code database}.
     *
     * @param database the database
     * @param countStatements whether an {@link ExecuteListener} counts the statements executed (for counting runs only)
     */
    public JooqWorkload(BenchDatabase database, boolean countStatements) {
        this.database = database;
        this.pool = database.openPool();
        Settings settings = new Settings()
                .withExecuteLogging(false)
                // jOOQ inlines every bind value of a statement with more than SQLite's old limit of 999; the
                // SQLite driver allows 250,000, as the other implementations assume: keep the values bound.
                .withInlineThreshold(database.maxParameters());
        DefaultConfiguration base = new DefaultConfiguration();
        base.set(dialect(database)).set(settings);
        if (countStatements) {
            base.set(new DefaultExecuteListenerProvider(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext context) {
                    statements.incrementAndGet();
                }
            }));
        }
        this.configuration = base;
    }

    private static SQLDialect dialect(BenchDatabase database) {
        return switch (database) {
            case SQLITE -> SQLDialect.SQLITE;
            case POSTGRESQL -> SQLDialect.POSTGRES;
            case MARIADB -> SQLDialect.MARIADB;
        };
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
        return withContext("S1", context -> {
            long sum = 0;
            for (PostRow post : context.select(ID, USER_ID, TITLE, BODY).from(POSTS).fetch(POST)) {
                sum += Checksum.child(post.userId, Checksum.of(post.id, post.body));
            }
            return sum;
        });
    }

    @Override
    public long findUsersById(long[] ids) {
        return withContext("S2", context -> {
            long sum = 0;
            for (long id : ids) {
                UserRow user = context.select(ID, NAME, EMAIL, AGE).from(USERS).where(ID.eq(id)).limit(2).fetchOne(USER);
                if (user != null) {
                    sum += Checksum.of(user.id, user.email);
                }
            }
            return sum;
        });
    }

    @Override
    public long loadUsersPostsComments() {
        return withContext("S3", context -> {
            List<UserRow> users = context.select(ID, NAME, EMAIL, AGE).from(USERS).fetch(USER);
            List<PostRow> posts = loadChildren(users, user -> user.id, keys -> postsOf(context, keys), POST,
                    post -> post.userId, (user, children) -> user.posts = children);
            loadChildren(posts, post -> post.id, keys -> context.select(ID, POST_ID, AUTHOR, BODY).from(COMMENTS)
                    .where(POST_ID.in(keys)).orderBy(ID.asc()), COMMENT,
                    comment -> comment.postId, (post, children) -> post.comments = children);
            return PlainRows.checksumOfGraph(users, true);
        });
    }

    @Override
    public long loadStudentsCourses() {
        return withContext("S4", context -> {
            List<StudentRow> students = context.select(ID, NAME).from(STUDENTS).fetch(mapping(StudentRow::new));
            Map<Long, StudentRow> byId = new HashMap<>(students.size() * 2);
            for (StudentRow student : students) {
                student.courses = new ArrayList<>();
                byId.put(student.id, student);
            }
            Map<Long, CourseRow> courses = new HashMap<>();
            for (List<Long> keys : chunks(students, student -> student.id)) {
                Table<?> enrolled = DSL.selectDistinct(COURSE_ID.as(J_TARGET.getName()), STUDENT_ID.as(J_OWNER.getName()))
                        .from(ENROLLMENTS).where(STUDENT_ID.in(keys)).asTable("j");
                for (Record3View row : context.select(T_ID, T_TITLE, J_OWNER).from(COURSES_T).join(enrolled)
                        .on(J_TARGET.eq(T_ID)).orderBy(T_ID).fetch(mapping(Record3View::new))) {
                    // One object per course, however many students take it.
                    CourseRow course = courses.computeIfAbsent(row.courseId(), id -> new CourseRow(id, row.title()));
                    byId.get(row.studentId()).courses.add(course);
                }
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
        return withContext("S5 lazy", context -> {
            List<UserRow> users = firstUsers(context, count);
            for (UserRow user : users) {
                user.posts = context.select(ID, USER_ID, TITLE, BODY).from(POSTS).where(USER_ID.eq(user.id)).orderBy(ID.asc())
                        .fetch(POST);
            }
            return PlainRows.checksumOfGraph(users, false);
        });
    }

    @Override
    public long usersWithPostsEager(int count) {
        return withContext("S5 eager", context -> {
            List<UserRow> users = firstUsers(context, count);
            loadChildren(users, user -> user.id, keys -> postsOf(context, keys), POST,
                    post -> post.userId, (user, children) -> user.posts = children);
            return PlainRows.checksumOfGraph(users, false);
        });
    }

    @Override
    public long insertComments(List<NewComment> comments) {
        List<CommentRow> rows = new ArrayList<>(comments.size());
        for (NewComment comment : comments) {
            rows.add(new CommentRow(0L, comment.postId(), comment.author(), comment.body()));
        }
        withContext("S6", context -> {
            context.transaction(transaction -> {
                if (database == BenchDatabase.SQLITE) {
                    insertEach(transaction.dsl(), rows);
                } else {
                    insertMultiRow(transaction.dsl(), rows);
                }
            });
            return 0L;
        });
        long keyed = 0;
        for (CommentRow row : rows) {
            keyed += row.id > 0 ? 1 : 0;
        }
        return keyed;
    }

    /**
     * SQLite: jOOQ renders no {@code RETURNING} for SQLite and reads the key from the driver's generated keys,
     * one per statement, so each row gets its own insert, as in the JDBC implementation.
     */
    private static void insertEach(DSLContext context, List<CommentRow> rows) {
        for (CommentRow row : rows) {
            row.id = context.insertInto(COMMENTS, POST_ID, AUTHOR, BODY).values(row.postId, row.author, row.body)
                    .returningResult(ID).fetchOne().value1();
        }
    }

    /** PostgreSQL and MariaDB: one multi-row {@code INSERT … RETURNING} per 1,000 rows, the keys in the rows' order. */
    private static void insertMultiRow(DSLContext context, List<CommentRow> rows) {
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            List<CommentRow> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE));
            InsertValuesStep3<Record, Long, String, String> insert = context.insertInto(COMMENTS, POST_ID, AUTHOR, BODY);
            for (CommentRow row : chunk) {
                insert = insert.values(row.postId, row.author, row.body);
            }
            List<Record1<Long>> keys = insert.returningResult(ID).fetch();
            for (int i = 0; i < chunk.size() && i < keys.size(); i++) {
                chunk.get(i).id = keys.get(i).value1();
            }
        }
    }

    @Override
    public long streamReadings() {
        try (Connection connection = pool.getConnection()) {
            // PostgreSQL streams only inside a transaction, as in the JDBC implementation.
            connection.setAutoCommit(false);
            try (Stream<Record4<Long, Integer, Double, String>> readings = configuration.derive(connection).dsl()
                    .select(ID, SENSOR, CELSIUS, NOTE).from(READINGS).fetchSize(FETCH_SIZE).fetchStream()) {
                return readings.map(READING::map).mapToLong(reading -> Checksum.of(reading.id(), reading.note())
                        + reading.sensor()).sum();
            } finally {
                connection.commit();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed("S7", e);
        }
    }

    private static List<UserRow> firstUsers(DSLContext context, int count) {
        return context.select(ID, NAME, EMAIL, AGE).from(USERS).orderBy(ID.asc()).limit(count).fetch(USER);
    }

    /**
     * Loads the children of {@code parents} with one IN query per chunk of keys and gives each parent
     * its list (empty when it has none).
     */
    private static ResultQuery<Record4<Long, Long, String, String>> postsOf(DSLContext context, List<Long> keys) {
        return context.select(ID, USER_ID, TITLE, BODY).from(POSTS).where(USER_ID.in(keys)).orderBy(ID.asc());
    }

    private <P, C, R extends Record> List<C> loadChildren(List<P> parents, ToLongFunction<P> key,
            Function<List<Long>, ResultQuery<R>> select, RecordMapper<R, C> mapper, ToLongFunction<C> parentKey,
            BiConsumer<P, List<C>> attach) {
        Map<Long, List<C>> byParent = new HashMap<>(parents.size() * 2);
        for (P parent : parents) {
            List<C> children = new ArrayList<>();
            attach.accept(parent, children);
            byParent.put(key.applyAsLong(parent), children);
        }
        List<C> all = new ArrayList<>();
        for (List<Long> keys : chunks(parents, key)) {
            for (C child : select.apply(keys).fetch(mapper)) {
                byParent.get(parentKey.applyAsLong(child)).add(child);
                all.add(child);
            }
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

    private <T> T withContext(String scenario, Function<DSLContext, T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.apply(configuration.derive(connection).dsl());
        } catch (SQLException e) {
            throw failed(scenario, e);
        }
    }

    private static IllegalStateException failed(String scenario, SQLException e) {
        return new IllegalStateException("jOOQ " + scenario + " failed: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        pool.close();
    }

    /**
     * One row of S4's join: a course and the student who takes it.
     *
     * @param courseId the course's key
     * @param title the course's title
     * @param studentId the student's key
     */
    private record Record3View(Long courseId, String title, Long studentId) {
    }
}
