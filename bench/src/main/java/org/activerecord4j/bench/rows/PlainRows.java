package org.activerecord4j.bench.rows;

import java.util.List;
import org.activerecord4j.bench.Checksum;

/**
 * The plain objects the Jdbi and jOOQ implementations read rows into, as an application without an ORM would
 * declare them, and the checksum of the S3/S5 graph built from them. The constructors take primitives; jOOQ's
 * {@code Records.mapping(UserRow::new)} unboxes its record's values into them. Not thread-safe (the objects).
 */
public final class PlainRows {

    private PlainRows() {
    }

    /**
     * Returns the checksum of users with their posts and, when {@code withComments}, the posts' comments, as
     * every implementation computes it.
     *
     * @param users the users, their posts (and comments) loaded
     * @param withComments whether the comments are part of the graph
     * @return the checksum
     */
    public static long checksumOfGraph(List<UserRow> users, boolean withComments) {
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

    /** A user; {@code posts} is set when loaded. */
    public static final class UserRow {
        /** The key. */
        public final long id;
        /** The name. */
        public final String name;
        /** The email address. */
        public final String email;
        /** The age. */
        public final int age;
        /** The posts, once loaded. */
        public List<PostRow> posts;

        /**
         * @param id the key
         * @param name the name
         * @param email the email address
         * @param age the age
         */
        public UserRow(long id, String name, String email, int age) {
            this.id = id;
            this.name = name;
            this.email = email;
            this.age = age;
        }
    }

    /** A post; {@code comments} is set when loaded. */
    public static final class PostRow {
        /** The key. */
        public final long id;
        /** The author's key. */
        public final long userId;
        /** The title. */
        public final String title;
        /** The body. */
        public final String body;
        /** The comments, once loaded. */
        public List<CommentRow> comments;

        /**
         * @param id the key
         * @param userId the author's key
         * @param title the title
         * @param body the body
         */
        public PostRow(long id, long userId, String title, String body) {
            this.id = id;
            this.userId = userId;
            this.title = title;
            this.body = body;
        }
    }

    /** A comment; {@code id} is filled after an insert. */
    public static final class CommentRow {
        /** The key; 0 until inserted. */
        public long id;
        /** The post's key. */
        public final long postId;
        /** The author. */
        public final String author;
        /** The body. */
        public final String body;

        /**
         * @param id the key, 0 for a new comment
         * @param postId the post's key
         * @param author the author
         * @param body the body
         */
        public CommentRow(long id, long postId, String author, String body) {
            this.id = id;
            this.postId = postId;
            this.author = author;
            this.body = body;
        }
    }

    /** A student; {@code courses} is set when loaded. */
    public static final class StudentRow {
        /** The key. */
        public final long id;
        /** The name. */
        public final String name;
        /** The courses, once loaded. */
        public List<CourseRow> courses;

        /**
         * @param id the key
         * @param name the name
         */
        public StudentRow(long id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    /**
     * A course.
     *
     * @param id the key
     * @param title the title
     */
    public record CourseRow(long id, String title) {
    }

    /**
     * One row of S4's join: a course and the student who takes it.
     *
     * @param studentId the student's key
     * @param courseId the course's key
     * @param title the course's title
     */
    public record CourseOfStudent(long studentId, long courseId, String title) {
    }

    /**
     * A reading.
     *
     * @param id the key
     * @param sensor the sensor
     * @param celsius the temperature
     * @param note the note
     */
    public record ReadingRow(long id, int sensor, double celsius, String note) {
    }
}
