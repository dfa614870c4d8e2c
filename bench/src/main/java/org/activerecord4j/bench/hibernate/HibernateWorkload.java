package org.activerecord4j.bench.hibernate;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.activerecord4j.bench.Checksum;
import org.activerecord4j.bench.Workload;
import org.activerecord4j.bench.data.NewComment;
import org.activerecord4j.bench.db.BenchDatabase;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;
import org.hibernate.stat.Statistics;

/**
 * The scenarios in Hibernate ORM as its documentation recommends for each: a stateless session where a
 * persistence context would only cost (S1's read of one entity type, S2's lookups that must each reach the
 * database, S7's streaming); read-only sessions with JOIN FETCH for eager graphs (one query per collection
 * level, so no cartesian product of two bags; no {@code distinct}, since Hibernate 6 removes the duplicate
 * roots of a fetch join itself, and HQL's {@code distinct} would reach the SQL as a {@code SELECT DISTINCT});
 * and for S6 JDBC batching with keys from a pooled sequence on PostgreSQL. On MariaDB and SQLite the keys
 * are {@code IDENTITY} columns, for which Hibernate must run each insert on its own to learn its key: its
 * documentation says that {@code IDENTITY} generation disables JDBC batching for inserts. Not thread-safe.
 */
public final class HibernateWorkload implements Workload {

    private static final int FLUSH_EVERY = 1_000;
    private static final int FETCH_SIZE = 1_000;

    private final HikariDataSource pool;
    private final SessionFactory factory;
    private final boolean pooledSequence;

    /**
     * Opens a pool and a session factory on {@code database}, without statistics.
     *
     * @param database the database
     */
    public HibernateWorkload(BenchDatabase database) {
        this(database, false);
    }

    /**
     * Opens a pool and a session factory on {@code database}.
     *
     * @param database the database
     * @param statistics whether Hibernate counts statements (costs time; for counting runs only)
     */
    public HibernateWorkload(BenchDatabase database, boolean statistics) {
        this.pool = database.openPool();
        this.factory = HibernateSessions.open(database, pool, statistics);
        this.pooledSequence = HibernateSessions.usesPooledSequence(database);
    }

    /**
     * Returns Hibernate's statistics, which count prepared statements when enabled.
     *
     * @return the statistics
     */
    public Statistics statistics() {
        return factory.getStatistics();
    }

    @Override
    public long loadAllPosts() {
        // A stateless session: the posts are only read, so no persistence context, snapshots or dirty checks.
        // No transaction, like JDBC's S1: the query runs in auto-commit mode.
        try (StatelessSession session = factory.openStatelessSession()) {
            long sum = 0;
            for (PostEntity post : session.createSelectionQuery("from Post", PostEntity.class).getResultList()) {
                sum += Checksum.child(post.userId, Checksum.of(post.id, post.body));
            }
            return sum;
        }
    }

    @Override
    public long findUsersById(long[] ids) {
        // A stateless session: every lookup reaches the database, as in the other implementations,
        // instead of being answered by the persistence context for repeated keys. No transaction: like
        // the other two, every lookup runs in auto-commit mode.
        try (StatelessSession session = factory.openStatelessSession()) {
            long sum = 0;
            for (long id : ids) {
                UserEntity user = session.get(UserEntity.class, id);
                sum += Checksum.of(user.id, user.email);
            }
            return sum;
        }
    }

    @Override
    public long loadUsersPostsComments() {
        return readOnly(session -> {
            List<UserEntity> users = session.createSelectionQuery(
                    "select u from User u left join fetch u.posts", UserEntity.class).getResultList();
            // The posts are already in the persistence context: this query fills their comment lists.
            session.createSelectionQuery("select p from Post p left join fetch p.comments", PostEntity.class)
                    .getResultList();
            return checksumOfGraph(users, true);
        });
    }

    @Override
    public long loadStudentsCourses() {
        return readOnly(session -> {
            long sum = 0;
            for (StudentEntity student : session.createSelectionQuery(
                    "select s from Student s left join fetch s.courses", StudentEntity.class).getResultList()) {
                sum += Checksum.of(student.id, student.name);
                for (CourseEntity course : student.courses) {
                    sum += Checksum.child(student.id, Checksum.of(course.id, course.title));
                }
            }
            return sum;
        });
    }

    @Override
    public long usersWithPostsLazy(int users) {
        return readOnly(session -> checksumOfGraph(session.createSelectionQuery("from User u order by u.id", UserEntity.class)
                .setMaxResults(users).getResultList(), false));
    }

    @Override
    public long usersWithPostsEager(int users) {
        // JOIN FETCH with a row limit would page in memory (HHH90003004): take the keys first, then fetch.
        return readOnly(session -> {
            List<Long> ids = session.createSelectionQuery("select u.id from User u order by u.id", Long.class)
                    .setMaxResults(users).getResultList();
            return checksumOfGraph(session.createSelectionQuery(
                    "select u from User u left join fetch u.posts where u.id in :ids order by u.id", UserEntity.class)
                    .setParameter("ids", ids).getResultList(), false);
        });
    }

    @Override
    public long insertComments(List<NewComment> comments) {
        // PostgreSQL: keys from the pooled sequence, so each flush sends its 1,000 inserts as one JDBC batch.
        // MariaDB and SQLite: IDENTITY keys, so Hibernate runs each insert on persist, unbatched, to learn its key.
        return pooledSequence
                ? insert(comments, (post, comment) -> new SequencedCommentEntity(post, comment.author(), comment.body()),
                        entity -> entity.id != null)
                : insert(comments, (post, comment) -> new CommentEntity(post, comment.author(), comment.body()),
                        entity -> entity.id != null);
    }

    /** Persists the comments in one transaction, flushing and clearing every 1,000; counts the entities keyed. */
    private <E> long insert(List<NewComment> comments, BiFunction<PostEntity, NewComment, E> create, Predicate<E> keyed) {
        List<E> entities = new ArrayList<>(comments.size());
        factory.inTransaction(session -> {
            int pending = 0;
            for (NewComment comment : comments) {
                E entity = create.apply(session.getReference(PostEntity.class, comment.postId()), comment);
                session.persist(entity);
                entities.add(entity);
                if (++pending == FLUSH_EVERY) {
                    session.flush();
                    session.clear();
                    pending = 0;
                }
            }
        });
        return entities.stream().filter(keyed).count();
    }

    @Override
    public long streamReadings() {
        try (StatelessSession session = factory.openStatelessSession()) {
            Transaction transaction = session.beginTransaction();
            long sum;
            try (Stream<ReadingEntity> readings = session.createSelectionQuery("from Reading", ReadingEntity.class)
                    .setFetchSize(FETCH_SIZE).getResultStream()) {
                sum = readings.mapToLong(reading -> Checksum.of(reading.id, reading.note) + reading.sensor).sum();
            }
            transaction.commit();
            return sum;
        }
    }

    private long readOnly(ToLongFunction<Session> work) {
        return factory.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return work.applyAsLong(session);
        });
    }

    private static long checksumOfGraph(List<UserEntity> users, boolean withComments) {
        long sum = 0;
        for (UserEntity user : users) {
            sum += Checksum.of(user.id, user.email);
            for (PostEntity post : user.posts) {
                sum += Checksum.child(user.id, Checksum.of(post.id, post.title));
                if (withComments) {
                    for (CommentEntity comment : post.comments) {
                        sum += Checksum.child(post.id, Checksum.of(comment.id, comment.body));
                    }
                }
            }
        }
        return sum;
    }

    @Override
    public void close() {
        factory.close();
        pool.close();
    }
}
