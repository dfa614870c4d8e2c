package org.activerecord4j.async;

import java.util.List;

/**
 * Plain values of what reading a graph of users, posts, comments, profiles, students and courses gives, so that
 * reads through the sync models and through the async models can be compared with {@code equals}. A record
 * reached through a relation is written as its own values plus the ids of what it points back to, which keeps the
 * values finite however the relations cycle.
 */
final class GraphRows {

    private GraphRows() {
    }

    /** A user's own columns. */
    record Person(Long id, String name, String email, Integer age) {
    }

    /** A user with its posts (by id), profile and comments (by id). */
    record UserRow(Person user, List<PostRow> posts, ProfileRow profile, List<CommentRow> comments) {
    }

    /** A post with its author, the author's profile, and its comments (newest first). */
    record PostRow(Long id, Long userId, String title, Person author, ProfileRow authorProfile, List<CommentRow> comments) {
    }

    /** A comment with its author and the id of the post it belongs to as read through its relation. */
    record CommentRow(Long id, String content, Long userId, Long postId, Person author, Long postOfComment) {
    }

    /** A profile with the id of its owner as read through its relation. */
    record ProfileRow(Long id, Long userId, String bio, Long ownerId) {
    }

    /** A student with its courses (by id). */
    record StudentRow(Long id, String name, List<CourseRow> courses) {
    }

    /** A course with the students enrolled in it (by name). */
    record CourseRow(Long id, String title, List<Enrolled> students) {
    }

    /** A student as a course lists it. */
    record Enrolled(Long id, String name) {
    }
}
