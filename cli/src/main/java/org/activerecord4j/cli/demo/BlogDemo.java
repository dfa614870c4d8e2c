package org.activerecord4j.cli.demo;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.Query;
import org.activerecord4j.StatementCounter;

/**
 * The blog example: schema, data, typed queries, eager loading, each statement printed as it runs.
 * {@link AsyncBlogDemo} tells the same story through the async API. Not thread-safe: one run.
 */
public final class BlogDemo {

    private final Database database;
    private final DemoPrinter printer;

    /**
     * Prepares the demo.
     *
     * @param database a database without the demo's tables
     * @param out where to print
     */
    public BlogDemo(Database database, PrintWriter out) {
        this.database = database;
        this.printer = new DemoPrinter(out, database.dialectName());
    }

    /**
     * Runs the demo.
     *
     * @throws Exception when a step fails
     */
    @SuppressWarnings("try") // the registration only needs closing
    public void run() throws Exception {
        Database.setDefault(database);
        try (AutoCloseable echo = database.addListener(printer::print)) {
            printer.section(BlogScript.SCHEMA);
            database.createTables(Author.class, Post.class, Comment.class);

            printer.section(BlogScript.INSERT);
            Author ann = new Author();
            ann.name = "Ann";
            ann.email = "ann@example.com";
            ann.save();
            Author bob = new Author();
            bob.name = "Bob";
            bob.save();
            List<Post> posts = new ArrayList<>();
            for (int i = 0; i < BlogScript.TITLES.size(); i++) {
                Post post = new Post();
                post.authorId = i % 2 == 0 ? ann.id : bob.id;
                post.title = BlogScript.TITLES.get(i);
                post.likes = i * 7;
                post.publishedOn = LocalDate.of(2026, 1, 1).plusDays(i * 30L);
                posts.add(post);
            }
            ActiveRecord.saveAll(posts);
            if (printer.runsInsertPerRow()) {
                printer.note(BlogScript.SQLITE_SAVE_ALL);
            }

            printer.section(BlogScript.TYPED_QUERIES);
            List<Post> popular = Post.query().where(Post.c.likes.ge(7)).orderBy(Post.c.likes.desc()).all();
            printer.result("popular posts", popular.stream().map(post -> post.title).toList());
            printer.result("Ann's post count", Post.query().where(Post.c.authorId.eq(ann.id)).count());
            printer.result("first 'Q' title", Post.query().where(Post.c.title.startsWith("Q")).first().title);
            printer.result("authors without email", Author.query().where(Author.c.email.isNull()).all().size());

            printer.section(BlogScript.UPDATE);
            Post first = Post.findOneOrThrow(posts.get(0).id);
            first.likes = 100;
            first.save();
            first.save();

            printer.section(BlogScript.TRANSACTION);
            try {
                database.transaction(() -> {
                    Author ghost = new Author();
                    ghost.name = "Ghost";
                    ghost.save();
                    throw new IllegalStateException(BlogScript.FAILURE);
                });
            } catch (IllegalStateException expected) {
                printer.result("rolled back because", expected.getMessage());
            }
            printer.result("authors", Author.query().count());

            eagerLoading(posts);
        } finally {
            Database.setDefault(null);
        }
    }

    /** One report read lazily and eagerly: the lazy statement count grows with the rows, the eager one does not. */
    private void eagerLoading(List<Post> posts) {
        printer.section(BlogScript.EAGER);
        printer.echo(false);
        Author cy = new Author();
        cy.name = "Cy";
        cy.save();
        List<Comment> comments = new ArrayList<>();
        for (int i = 0; i < BlogScript.COMMENTERS.size(); i++) {
            for (String commenter : BlogScript.COMMENTERS.get(i)) {
                comments.add(new Comment(posts.get(i), commenter, "Nice post, " + commenter + " says"));
            }
        }
        ActiveRecord.saveAll(comments);
        printer.echo(true);
        printer.note(BlogScript.addedCy(comments.size()));

        Query<Author> authors = Author.query().orderBy(Author.c.id.asc());
        printer.note(BlogScript.LAZILY);
        printReport("lazy load", authors);
        printer.note(BlogScript.EAGERLY);
        printReport("eager load", authors.with(BlogScript.REPORT_PATHS));

        printer.section(BlogScript.MORE_ROWS);
        printer.echo(false);
        addAuthors();
        printer.note(BlogScript.addedMoreAuthors());
        printer.result("authors, posts", Author.query().count() + ", " + Post.query().count());
        printer.result("lazy load", count(authors) + " statements");
        printer.result("eager load", count(authors.with(BlogScript.REPORT_PATHS)) + " statements");
        printer.echo(true);
    }

    /** Reads every author, post and comment through {@code authors}, then prints the report and its statement count. */
    private void printReport(String label, Query<Author> authors) {
        List<String> lines = new ArrayList<>();
        int statements = StatementCounter.count(database, () -> authors.all().forEach(author -> lines.addAll(describe(author))));
        printer.report(lines);
        printer.result(label, statements + " statements");
    }

    private int count(Query<Author> authors) {
        return StatementCounter.count(database, () -> authors.all().forEach(BlogDemo::describe));
    }

    /** An author and each post with its commenters, read through the relation methods. */
    private static List<String> describe(Author author) {
        List<String> lines = new ArrayList<>();
        lines.add(BlogScript.authorLine(author.name, author.posts().isEmpty()));
        for (Post post : author.posts()) {
            lines.add(BlogScript.postLine(post.title, post.comments().stream().map(comment -> comment.commenter).toList()));
        }
        return lines;
    }

    private static void addAuthors() {
        List<Author> authors = new ArrayList<>();
        for (String name : BlogScript.MORE_AUTHORS) {
            Author author = new Author();
            author.name = name;
            authors.add(author);
        }
        ActiveRecord.saveAll(authors);
        List<Post> posts = new ArrayList<>();
        for (Author author : authors) {
            for (int i = 1; i <= BlogScript.POSTS_EACH; i++) {
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
            for (int i = 1; i <= BlogScript.COMMENTS_EACH; i++) {
                comments.add(new Comment(post, "Reader " + i, "Comment " + i));
            }
        }
        ActiveRecord.saveAll(comments);
    }
}
