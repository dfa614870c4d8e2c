package org.activerecord4j.cli.demo;

import java.util.List;

/**
 * What the blog demo says and which rows it adds, shared by the sync and the async demo so that both tell
 * the same story in the same words.
 */
final class BlogScript {

    static final String SCHEMA = "Schema";
    static final String INSERT = "Insert: authors with save(), posts with saveAll()";
    static final String SQLITE_SAVE_ALL = "(SQLite's driver returns one generated key per JDBC batch, so saveAll prepares "
            + "the INSERT once and runs it for each row, reading the row's key from RETURNING; PostgreSQL and MariaDB "
            + "send the rows as one JDBC batch)";
    static final String TYPED_QUERIES = "Typed queries through the field proxy";
    static final String UPDATE = "Update writes only what changed; a clean save writes nothing";
    static final String TRANSACTION = "A transaction that fails leaves nothing behind";
    static final String EAGER = "Eager loading: the same report read lazily, then with with(\"posts\", \"posts.comments\")";
    static final String LAZILY = "Lazily: each author's posts, then each post's comments, is a query of its own (N+1)";
    static final String EAGERLY = "Eagerly: one query per level, WHERE ... IN (the keys of the level above)";
    static final String MORE_ROWS = "More rows: the lazy load runs more statements, the eager load still 3";

    /** The relation paths the eager report loads. */
    static final String[] REPORT_PATHS = {"posts", "posts.comments"};
    /** The first posts' titles; even ones are Ann's, odd ones Bob's. */
    static final List<String> TITLES = List.of("Hello, world", "Relationships first", "Queries that compile", "Batching");
    /** Who comments on each of the first posts. */
    static final List<List<String>> COMMENTERS = List.of(List.of("Bob", "Cy"), List.of("Ann"), List.of(),
            List.of("Cy", "Ann", "Bob"));
    /** The authors added for the second report. */
    static final List<String> MORE_AUTHORS = List.of("Dee", "Eve", "Fay");
    static final int POSTS_EACH = 4;
    static final int COMMENTS_EACH = 2;
    static final String FAILURE = "changed my mind";

    private BlogScript() {
    }

    /** The note after the rows of the first report are added. */
    static String addedCy(int comments) {
        return "(added Cy, who has no posts, and " + comments + " comments; their SQL is not shown)";
    }

    /** The note after the rows of the second report are added. */
    static String addedMoreAuthors() {
        return "(added " + MORE_AUTHORS.size() + " authors with " + POSTS_EACH + " posts of " + COMMENTS_EACH
                + " comments each; their SQL is not shown)";
    }

    /** An author's report line: the name, and {@code : no posts} when there are none. */
    static String authorLine(String name, boolean noPosts) {
        return name + (noPosts ? ": no posts" : "");
    }

    /** A post's report line, e.g. {@code   Hello, world: 2 comments (Bob, Cy)}. */
    static String postLine(String title, List<String> commenters) {
        String comments = switch (commenters.size()) {
            case 0 -> "no comments";
            case 1 -> "1 comment (" + commenters.get(0) + ")";
            default -> commenters.size() + " comments (" + String.join(", ", commenters) + ")";
        };
        return "  " + title + ": " + comments;
    }
}
