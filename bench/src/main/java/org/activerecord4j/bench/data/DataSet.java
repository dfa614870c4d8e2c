package org.activerecord4j.bench.data;

/**
 * The sizes of the benchmark data and the deterministic values of every generated row, so that each
 * database holds the same rows and each implementation reads the same values.
 */
public final class DataSet {

    /** Users in the blog. */
    public static final int USERS = 2_000;
    /** Posts per user. */
    public static final int POSTS_PER_USER = 10;
    /** Comments per post. */
    public static final int COMMENTS_PER_POST = 5;
    /** Posts in all. */
    public static final int POSTS = USERS * POSTS_PER_USER;
    /** Comments in all. */
    public static final int COMMENTS = POSTS * COMMENTS_PER_POST;
    /** Students. */
    public static final int STUDENTS = 1_000;
    /** Courses. */
    public static final int COURSES = 100;
    /** Courses each student takes. */
    public static final int COURSES_PER_STUDENT = 5;
    /** Enrollments in all. */
    public static final int ENROLLMENTS = STUDENTS * COURSES_PER_STUDENT;
    /** Rows of the table S7 streams. */
    public static final int READINGS = 1_000_000;

    /** S2: lookups by id per operation. */
    public static final int LOOKUPS = 10_000;
    /** S5: users loaded with their posts per operation. */
    public static final int S5_USERS = 200;
    /** S6: comments inserted per operation. */
    public static final int NEW_COMMENTS = 50_000;
    /** Seed of every random choice (S2's ids, S6's posts). */
    public static final long SEED = 20_240_501L;

    private DataSet() {
    }

    /**
     * Returns the course key of a student's {@code k}-th enrollment; the five are distinct.
     *
     * @param student the student's key, from 1
     * @param k 0 to {@link #COURSES_PER_STUDENT} - 1
     * @return the course key, from 1 to {@link #COURSES}
     */
    public static long courseOf(long student, int k) {
        return (student * 7 + k * 13L) % COURSES + 1;
    }

    /**
     * Returns the sensor of the reading with key {@code id}.
     *
     * @param id the key, from 1
     * @return the sensor, from 0 to 499
     */
    public static int readingSensor(long id) {
        return (int) ((id - 1) % 500);
    }

    /**
     * Returns the note of the reading with key {@code id}.
     *
     * @param id the key, from 1
     * @return the note
     */
    public static String readingNote(long id) {
        return "reading " + id;
    }

    /**
     * Returns a sentence of about {@code length} characters that varies with {@code n}.
     *
     * @param prefix the first word
     * @param n the row number
     * @param length the approximate length
     * @return the text
     */
    public static String text(String prefix, long n, int length) {
        StringBuilder text = new StringBuilder(length + 16).append(prefix).append(' ').append(n);
        String[] words = {" lorem", " ipsum", " dolor", " sit", " amet", " consectetur", " adipiscing", " elit"};
        for (long i = n; text.length() < length; i = i * 31 + 7) {
            text.append(words[(int) Math.floorMod(i, (long) words.length)]);
        }
        return text.toString();
    }
}
