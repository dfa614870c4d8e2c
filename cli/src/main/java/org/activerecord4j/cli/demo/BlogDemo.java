package org.activerecord4j.cli.demo;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.Query;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.StatementEvent;

/** The blog example: schema, data, typed queries, eager loading, each statement printed as it runs. */
public final class BlogDemo {

    private static final String[] REPORT_PATHS = {"posts", "posts.comments"};

    private final Database database;
    private final PrintWriter out;
    /** Whether statements are printed; off while the demo adds rows in bulk. */
    private boolean echo = true;

    /**
     * Prepares the demo.
     *
     * @param database a database without the demo's tables
     * @param out where to print
     */
    public BlogDemo(Database database, PrintWriter out) {
        this.database = database;
        this.out = out;
    }

    /**
     * Runs the demo.
     *
     * @throws Exception when a step fails
     */
    @SuppressWarnings("try") // the registration only needs closing
    public void run() throws Exception {
        Database.setDefault(database);
        try (AutoCloseable printer = database.addListener(this::print)) {
            section("Schema");
            database.createTables(Author.class, Post.class, Comment.class);

            section("Insert: authors with save(), posts with saveAll()");
            Author ann = new Author();
            ann.name = "Ann";
            ann.email = "ann@example.com";
            ann.save();
            Author bob = new Author();
            bob.name = "Bob";
            bob.save();
            List<Post> posts = new ArrayList<>();
            String[] titles = {"Hello, world", "Relationships first", "Queries that compile", "Batching"};
            for (int i = 0; i < titles.length; i++) {
                Post post = new Post();
                post.authorId = i % 2 == 0 ? ann.id : bob.id;
                post.title = titles[i];
                post.likes = i * 7;
                post.publishedOn = LocalDate.of(2026, 1, 1).plusDays(i * 30L);
                posts.add(post);
            }
            ActiveRecord.saveAll(posts);
            if (runsInsertPerRow()) {
                out.println("  (SQLite's driver returns one generated key per JDBC batch, so saveAll prepares the INSERT once "
                        + "and runs it for each row, reading the row's key from RETURNING; PostgreSQL and MariaDB send "
                        + "the rows as one JDBC batch)");
            }

            section("Typed queries through the field proxy");
            List<Post> popular = Post.query().where(Post.c.likes.ge(7)).orderBy(Post.c.likes.desc()).all();
            result("popular posts", popular.stream().map(post -> post.title).toList());
            result("Ann's post count", Post.query().where(Post.c.authorId.eq(ann.id)).count());
            result("first 'Q' title", Post.query().where(Post.c.title.startsWith("Q")).first().title);
            result("authors without email", Author.query().where(Author.c.email.isNull()).all().size());

            section("Update writes only what changed; a clean save writes nothing");
            Post first = Post.findOneOrThrow(posts.get(0).id);
            first.likes = 100;
            first.save();
            first.save();

            section("A transaction that fails leaves nothing behind");
            try {
                database.transaction(() -> {
                    Author ghost = new Author();
                    ghost.name = "Ghost";
                    ghost.save();
                    throw new IllegalStateException("changed my mind");
                });
            } catch (IllegalStateException expected) {
                result("rolled back because", expected.getMessage());
            }
            result("authors", Author.query().count());

            eagerLoading(posts);
        } finally {
            Database.setDefault(null);
        }
    }

    /** One report read lazily and eagerly: the lazy statement count grows with the rows, the eager one does not. */
    private void eagerLoading(List<Post> posts) {
        section("Eager loading: the same report read lazily, then with with(\"posts\", \"posts.comments\")");
        echo = false;
        Author cy = new Author();
        cy.name = "Cy";
        cy.save();
        List<Comment> comments = new ArrayList<>();
        String[][] commenters = {{"Bob", "Cy"}, {"Ann"}, {}, {"Cy", "Ann", "Bob"}};
        for (int i = 0; i < commenters.length; i++) {
            for (String commenter : commenters[i]) {
                comments.add(new Comment(posts.get(i), commenter, "Nice post, " + commenter + " says"));
            }
        }
        ActiveRecord.saveAll(comments);
        echo = true;
        out.println("  (added Cy, who has no posts, and " + comments.size() + " comments; their SQL is not shown)");

        Query<Author> authors = Author.query().orderBy(Author.c.id.asc());
        out.println("  Lazily: each author's posts, then each post's comments, is a query of its own (N+1)");
        printReport("lazy load", authors);
        out.println("  Eagerly: one query per level, WHERE ... IN (the keys of the level above)");
        printReport("eager load", authors.with(REPORT_PATHS));

        section("More rows: the lazy load runs more statements, the eager load still 3");
        echo = false;
        List<String> names = List.of("Dee", "Eve", "Fay");
        int postsEach = 4;
        int commentsEach = 2;
        addAuthors(names, postsEach, commentsEach);
        out.println("  (added " + names.size() + " authors with " + postsEach + " posts of " + commentsEach
                + " comments each; their SQL is not shown)");
        result("authors, posts", Author.query().count() + ", " + Post.query().count());
        result("lazy load", count(authors) + " statements");
        result("eager load", count(authors.with(REPORT_PATHS)) + " statements");
        echo = true;
    }

    /** Reads every author, post and comment through {@code authors}, then prints the report and its statement count. */
    private void printReport(String label, Query<Author> authors) {
        List<String> lines = new ArrayList<>();
        int statements = StatementCounter.count(database, () -> authors.all().forEach(author -> lines.addAll(describe(author))));
        lines.forEach(line -> out.println("    " + line));
        result(label, statements + " statements");
    }

    private int count(Query<Author> authors) {
        return StatementCounter.count(database, () -> authors.all().forEach(BlogDemo::describe));
    }

    /** An author and each post with its commenters, read through the relation methods. */
    private static List<String> describe(Author author) {
        List<String> lines = new ArrayList<>();
        lines.add(author.name + (author.posts().isEmpty() ? ": no posts" : ""));
        for (Post post : author.posts()) {
            List<String> commenters = post.comments().stream().map(comment -> comment.commenter).toList();
            lines.add("  " + post.title + ": " + comments(commenters));
        }
        return lines;
    }

    /** E.g. {@code 2 comments (Bob, Cy)}. */
    private static String comments(List<String> commenters) {
        return switch (commenters.size()) {
            case 0 -> "no comments";
            case 1 -> "1 comment (" + commenters.get(0) + ")";
            default -> commenters.size() + " comments (" + String.join(", ", commenters) + ")";
        };
    }

    private static void addAuthors(List<String> names, int postsEach, int commentsEach) {
        List<Author> authors = new ArrayList<>();
        for (String name : names) {
            Author author = new Author();
            author.name = name;
            authors.add(author);
        }
        ActiveRecord.saveAll(authors);
        List<Post> posts = new ArrayList<>();
        for (Author author : authors) {
            for (int i = 1; i <= postsEach; i++) {
                Post post = new Post();
                post.authorId = author.id;
                post.title = author.name + "'s post " + i;
                post.likes = 0;
                posts.add(post);
            }
        }
        ActiveRecord.saveAll(posts);
        List<Comment> comments = new ArrayList<>();
        for (Post post : posts) {
            for (int i = 1; i <= commentsEach; i++) {
                comments.add(new Comment(post, "Reader " + i, "Comment " + i));
            }
        }
        ActiveRecord.saveAll(comments);
    }

    private void section(String title) {
        out.println();
        out.println("== " + title);
    }

    private void print(StatementEvent event) {
        if (!echo) {
            return;
        }
        out.println("  SQL> " + event.sql() + (event.parameters().isEmpty() ? "" : "  " + event.parameters())
                + (event.batchSize() > 1 ? "  (" + rowsOf(event) + ")" : ""));
    }

    /** How a multi-row statement ran: on SQLite an INSERT that returns keys runs once per row, else it is one JDBC batch. */
    private String rowsOf(StatementEvent event) {
        return runsInsertPerRow() && event.sql().contains(" RETURNING ")
                ? "run once per row for " + event.batchSize() + " rows, each returning its key"
                : "one JDBC batch of " + event.batchSize() + " rows";
    }

    /** Whether saveAll inserts rows with generated keys one statement execution at a time (SQLite), not in a batch. */
    private boolean runsInsertPerRow() {
        return database.dialectName().equals("sqlite");
    }

    private void result(String label, Object value) {
        out.println("  " + label + ": " + value);
    }
}
