package org.activerecord4j.bench.jooq;

import java.util.List;

/**
 * The plain objects the jOOQ implementation maps records into (with {@code Records.mapping} of their
 * constructors). Not thread-safe.
 */
final class JooqRows {

    private JooqRows() {
    }

    /** A user; {@code posts} is set when loaded. */
    static final class UserRow {
        final long id;
        final String name;
        final String email;
        final int age;
        List<PostRow> posts;

        UserRow(Long id, String name, String email, Integer age) {
            this.id = id;
            this.name = name;
            this.email = email;
            this.age = age;
        }
    }

    /** A post; {@code comments} is set when loaded. */
    static final class PostRow {
        final long id;
        final long userId;
        final String title;
        final String body;
        List<CommentRow> comments;

        PostRow(Long id, Long userId, String title, String body) {
            this.id = id;
            this.userId = userId;
            this.title = title;
            this.body = body;
        }
    }

    /** A comment; {@code id} is filled after an insert. */
    static final class CommentRow {
        long id;
        final long postId;
        final String author;
        final String body;

        CommentRow(Long id, Long postId, String author, String body) {
            this.id = id;
            this.postId = postId;
            this.author = author;
            this.body = body;
        }
    }

    /** A student; {@code courses} is set when loaded. */
    static final class StudentRow {
        final long id;
        final String name;
        List<CourseRow> courses;

        StudentRow(Long id, String name) {
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
    record CourseRow(long id, String title) {
    }

    /**
     * A reading.
     *
     * @param id the key
     * @param sensor the sensor
     * @param celsius the temperature
     * @param note the note
     */
    record ReadingRow(long id, int sensor, double celsius, String note) {
    }
}
