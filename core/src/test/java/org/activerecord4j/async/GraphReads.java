package org.activerecord4j.async;

import java.util.List;
import org.activerecord4j.async.GraphRows.PostRow;
import org.activerecord4j.async.GraphRows.StudentRow;
import org.activerecord4j.async.GraphRows.UserRow;

/**
 * Reads a graph of users, posts, comments, profiles, students and courses through one kind of model, sync or
 * async: a query for the roots (with the given {@code with(...)} paths, none for a lazy read), then a walk over
 * every relation from each root, one read after another, in the same order for both kinds, so that both run
 * their statements in one order.
 */
interface GraphReads {

    /**
     * Reads every user by id, then walks them.
     *
     * @param paths eager-loading paths from User, none to read lazily
     * @param newestPosts when not null, eager-loads each user's newest {@code newestPosts} posts only (a filter
     *     with a per-owner limit)
     * @return the users' values
     */
    List<UserRow> users(List<String> paths, Integer newestPosts);

    /**
     * Reads the first user by id, then walks it.
     *
     * @param paths eager-loading paths from User
     * @return the user's values, or null when there is none
     */
    UserRow firstUser(List<String> paths);

    /**
     * Streams every user by id, {@code fetchSize} per round trip, and walks them once the stream is read.
     *
     * @param paths eager-loading paths from User, loaded per batch
     * @param fetchSize rows per round trip
     * @return the users' values
     */
    List<UserRow> streamedUsers(List<String> paths, int fetchSize);

    /**
     * Reads every post by id, then walks them.
     *
     * @param paths eager-loading paths from Post
     * @return the posts' values
     */
    List<PostRow> posts(List<String> paths);

    /**
     * Reads every student by id, then walks them.
     *
     * @param paths eager-loading paths from Student
     * @return the students' values
     */
    List<StudentRow> students(List<String> paths);
}
