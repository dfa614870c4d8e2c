package org.activerecord4j.bench;

import java.util.List;
import org.activerecord4j.bench.data.NewComment;

/**
 * The scenarios, implemented once per library on the same data. Each method does one operation and
 * returns a {@link Checksum} of what it read, which the benchmark consumes and the runner compares
 * across implementations. Not thread-safe: one per benchmark fork.
 */
public interface Workload extends AutoCloseable {

    /**
     * S1: loads all posts into objects.
     *
     * @return the checksum of the posts
     */
    long loadAllPosts();

    /**
     * S2: finds each user by key, one lookup per key.
     *
     * @param ids the keys, with repeats
     * @return the checksum of the users found
     */
    long findUsersById(long[] ids);

    /**
     * S8: finds each user by key, all lookups at once on a pool of 10 connections (S2's work, concurrently).
     * Only activerecord4j and its async twin run it ({@link Implementation#runs(Scenario)}).
     *
     * @param ids the keys, with repeats
     * @return the checksum of the users found, equal to S2's for the same keys
     * @throws UnsupportedOperationException from the implementations that do not run S8
     */
    default long findUsersConcurrently(long[] ids) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not run S8");
    }

    /**
     * S3: loads all users with their posts and the posts' comments, eagerly.
     *
     * @return the checksum of the graph
     */
    long loadUsersPostsComments();

    /**
     * S4: loads all students with their courses (many-to-many through enrollments), eagerly.
     *
     * @return the checksum of the graph
     */
    long loadStudentsCourses();

    /**
     * S5 lazy: loads the first {@code users} users by key, then each one's posts with its own query.
     *
     * @param users how many users
     * @return the checksum of the graph
     */
    long usersWithPostsLazy(int users);

    /**
     * S5 eager: loads the first {@code users} users by key with their posts, in a constant number of queries.
     *
     * @param users how many users
     * @return the checksum of the graph
     */
    long usersWithPostsEager(int users);

    /**
     * S6: inserts the comments in batches, in one transaction, and fills their generated keys.
     *
     * @param comments the comments
     * @return the number of comments that received a key
     */
    long insertComments(List<NewComment> comments);

    /**
     * S7: streams every reading without holding them all.
     *
     * @return the checksum of the readings
     */
    long streamReadings();

    /** Releases the implementation's connections. */
    @Override
    void close();
}
