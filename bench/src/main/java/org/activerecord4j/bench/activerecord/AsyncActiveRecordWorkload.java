package org.activerecord4j.bench.activerecord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.bench.Checksum;
import org.activerecord4j.bench.Workload;
import org.activerecord4j.bench.data.DataSet;
import org.activerecord4j.bench.data.NewComment;
import org.activerecord4j.bench.db.BenchDatabase;
import org.activerecord4j.bench.model.async.Comment;
import org.activerecord4j.bench.model.async.Course;
import org.activerecord4j.bench.model.async.Post;
import org.activerecord4j.bench.model.async.Reading;
import org.activerecord4j.bench.model.async.Student;
import org.activerecord4j.bench.model.async.User;

/**
 * The scenarios through activerecord4j's async API, on the async twins of the benchmark models: the same
 * work, SQL and checksums as {@link ActiveRecordWorkload}, each call awaited with {@code join()} before the
 * next, so that a scenario measures what the async front door adds to the sync call it wraps. S8 instead
 * issues all its lookups at once and awaits them together; S7 reads through the {@link java.util.concurrent.Flow.Publisher}
 * of {@code stream()} with a subscriber that requests {@value ReadingsSubscriber#REQUEST} readings at a time,
 * and fails unless it read every reading with the expected checksum. The database becomes the default while
 * the workload is open; statements run on its async executor. Not thread-safe.
 */
public final class AsyncActiveRecordWorkload implements Workload {

    private final Database database;
    private final long expectedReadingsChecksum;

    /**
     * Opens {@code database} and makes it the default.
     *
     * @param database the database
     */
    public AsyncActiveRecordWorkload(BenchDatabase database) {
        this.database = database.openActiveRecord();
        Database.setDefault(this.database);
        this.expectedReadingsChecksum = ReadingsSubscriber.expectedChecksum(DataSet.READINGS);
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
        for (Post post : Post.query().all().join()) {
            sum += Checksum.child(post.userId, Checksum.of(post.id, post.body));
        }
        return sum;
    }

    @Override
    public long findUsersById(long[] ids) {
        long sum = 0;
        for (long id : ids) {
            User user = User.findOne(id).join();
            sum += Checksum.of(user.id, user.email);
        }
        return sum;
    }

    @Override
    public long findUsersConcurrently(long[] ids) {
        List<CompletableFuture<User>> lookups = new ArrayList<>(ids.length);
        for (long id : ids) {
            lookups.add(User.findOne(id));
        }
        CompletableFuture.allOf(lookups.toArray(CompletableFuture<?>[]::new)).join();
        long sum = 0;
        for (CompletableFuture<User> lookup : lookups) {
            User user = lookup.join();
            sum += Checksum.of(user.id, user.email);
        }
        return sum;
    }

    @Override
    public long loadUsersPostsComments() {
        return checksumOfGraph(User.query().with("posts", "posts.comments").all().join(), true);
    }

    @Override
    public long loadStudentsCourses() {
        long sum = 0;
        for (Student student : Student.query().with("courses").all().join()) {
            sum += Checksum.of(student.id, student.name);
            for (Course course : student.courses().join()) {
                sum += Checksum.child(student.id, Checksum.of(course.id, course.title));
            }
        }
        return sum;
    }

    @Override
    public long usersWithPostsLazy(int users) {
        return checksumOfGraph(User.query().orderBy("id").limit(users).all().join(), false);
    }

    @Override
    public long usersWithPostsEager(int users) {
        return checksumOfGraph(User.query().orderBy("id").limit(users).with("posts").all().join(), false);
    }

    @Override
    public long insertComments(List<NewComment> comments) {
        List<Comment> records = new ArrayList<>(comments.size());
        for (NewComment comment : comments) {
            records.add(new Comment(comment.postId(), comment.author(), comment.body()));
        }
        AsyncActiveRecord.saveAll(records).join();
        long keyed = 0;
        for (Comment record : records) {
            keyed += record.id != null ? 1 : 0;
        }
        return keyed;
    }

    @Override
    public long streamReadings() {
        ReadingsSubscriber subscriber = new ReadingsSubscriber();
        Reading.query().stream().subscribe(subscriber);
        return subscriber.checksum(DataSet.READINGS, expectedReadingsChecksum).join();
    }

    /** Reads each user's posts (and their comments) one relation call after another, as the sync workload does. */
    private static long checksumOfGraph(List<User> users, boolean withComments) {
        long sum = 0;
        for (User user : users) {
            sum += Checksum.of(user.id, user.email);
            for (Post post : user.posts().join()) {
                sum += Checksum.child(user.id, Checksum.of(post.id, post.title));
                if (withComments) {
                    for (Comment comment : post.comments().join()) {
                        sum += Checksum.child(post.id, Checksum.of(comment.id, comment.body));
                    }
                }
            }
        }
        return sum;
    }

    @Override
    public void close() {
        Database.setDefault(null);
        database.close();
    }
}
