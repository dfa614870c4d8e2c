package org.activerecord4j.bench.activerecord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.bench.Checksum;
import org.activerecord4j.bench.Workload;
import org.activerecord4j.bench.data.NewComment;
import org.activerecord4j.bench.db.BenchDatabase;
import org.activerecord4j.bench.model.Comment;
import org.activerecord4j.bench.model.Course;
import org.activerecord4j.bench.model.Post;
import org.activerecord4j.bench.model.Reading;
import org.activerecord4j.bench.model.Student;
import org.activerecord4j.bench.model.User;

/**
 * The scenarios written as an activerecord4j user would write them. The database becomes the default
 * while the workload is open. S8 runs on a fixed pool of {@link BenchDatabase#POOL_SIZE} platform threads
 * of the workload's own. Not thread-safe.
 */
public final class ActiveRecordWorkload implements Workload {

    private final Database database;
    /** S8's threads, started on its first operation. */
    private ExecutorService lookupThreads;

    /**
     * Opens {@code database} and makes it the default.
     *
     * @param database the database
     */
    public ActiveRecordWorkload(BenchDatabase database) {
        this.database = database.openActiveRecord();
        Database.setDefault(this.database);
    }

    /**
     * Returns the open database, for statement listeners.
     *
     * @return the database
     */
    public Database database() {
        return database;
    }

    @Override
    public long loadAllPosts() {
        long sum = 0;
        for (Post post : Post.query().all()) {
            sum += Checksum.child(post.userId, Checksum.of(post.id, post.body));
        }
        return sum;
    }

    @Override
    public long findUsersById(long[] ids) {
        long sum = 0;
        for (long id : ids) {
            User user = User.findOne(id);
            sum += Checksum.of(user.id, user.email);
        }
        return sum;
    }

    @Override
    public long findUsersConcurrently(long[] ids) {
        if (lookupThreads == null) {
            lookupThreads = Executors.newFixedThreadPool(BenchDatabase.POOL_SIZE, new LookupThreads());
        }
        // Each thread takes the next key until none is left, so a slow lookup holds up only its own thread.
        AtomicInteger next = new AtomicInteger();
        List<Callable<Long>> tasks = new ArrayList<>(BenchDatabase.POOL_SIZE);
        for (int i = 0; i < BenchDatabase.POOL_SIZE; i++) {
            tasks.add(() -> {
                long sum = 0;
                for (int index = next.getAndIncrement(); index < ids.length; index = next.getAndIncrement()) {
                    User user = User.findOne(ids[index]);
                    sum += Checksum.of(user.id, user.email);
                }
                return sum;
            });
        }
        try {
            long sum = 0;
            for (Future<Long> part : lookupThreads.invokeAll(tasks)) {
                sum += part.get();
            }
            return sum;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("S8 was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("S8 failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public long loadUsersPostsComments() {
        return checksumOfGraph(User.query().with("posts", "posts.comments").all(), true);
    }

    @Override
    public long loadStudentsCourses() {
        long sum = 0;
        for (Student student : Student.query().with("courses").all()) {
            sum += Checksum.of(student.id, student.name);
            for (Course course : student.courses()) {
                sum += Checksum.child(student.id, Checksum.of(course.id, course.title));
            }
        }
        return sum;
    }

    @Override
    public long usersWithPostsLazy(int users) {
        return checksumOfGraph(User.query().orderBy(User.c.id.asc()).limit(users).all(), false);
    }

    @Override
    public long usersWithPostsEager(int users) {
        return checksumOfGraph(User.query().orderBy(User.c.id.asc()).limit(users).with("posts").all(), false);
    }

    @Override
    public long insertComments(List<NewComment> comments) {
        List<Comment> records = new ArrayList<>(comments.size());
        for (NewComment comment : comments) {
            records.add(new Comment(comment.postId(), comment.author(), comment.body()));
        }
        ActiveRecord.saveAll(records);
        long keyed = 0;
        for (Comment record : records) {
            keyed += record.id != null ? 1 : 0;
        }
        return keyed;
    }

    @Override
    public long streamReadings() {
        try (Stream<Reading> readings = Reading.query().stream()) {
            return readings.mapToLong(reading -> Checksum.of(reading.id, reading.note) + reading.sensor).sum();
        }
    }

    private static long checksumOfGraph(List<User> users, boolean withComments) {
        long sum = 0;
        for (User user : users) {
            sum += Checksum.of(user.id, user.email);
            for (Post post : user.posts()) {
                sum += Checksum.child(user.id, Checksum.of(post.id, post.title));
                if (withComments) {
                    for (Comment comment : post.comments()) {
                        sum += Checksum.child(post.id, Checksum.of(comment.id, comment.body));
                    }
                }
            }
        }
        return sum;
    }

    @Override
    public void close() {
        if (lookupThreads != null) {
            lookupThreads.shutdownNow();
        }
        Database.setDefault(null);
        database.close();
    }

    /** Daemon threads named {@code bench-lookup-N}, so a failed fork never hangs on them. */
    private static final class LookupThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "bench-lookup-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
