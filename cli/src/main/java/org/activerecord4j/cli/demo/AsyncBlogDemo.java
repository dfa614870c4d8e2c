package org.activerecord4j.cli.demo;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.Database;
import org.activerecord4j.ListenerRegistration;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.cli.demo.async.Author;
import org.activerecord4j.cli.demo.async.Comment;
import org.activerecord4j.cli.demo.async.Post;

/**
 * {@link BlogDemo}'s story through the async API ({@code ar4j demo --async}): the async twins of its models,
 * the same queries, eager loading and transaction, each step composed on the future of the one before, so the
 * demo prints the same lines and runs the same statements (after one header line saying it is async). Only
 * the schema is created with a sync call, before the chain; every other statement runs on the database's
 * async executor. Not thread-safe: one run.
 */
public final class AsyncBlogDemo {

    /** The line the async demo prints before the sync demo's first one. */
    public static final String HEADER = "(async: the same demo through AsyncActiveRecord models; every step is a "
            + "CompletableFuture composed on the one before, and the command waits once, for the last)";

    private final Database database;
    private final DemoPrinter printer;

    /**
     * Prepares the demo.
     *
     * @param database a database without the demo's tables
     * @param out where to print
     */
    public AsyncBlogDemo(Database database, PrintWriter out) {
        this.database = database;
        this.printer = new DemoPrinter(out, database.dialectName());
    }

    /**
     * Starts the demo: creates the schema, then returns the future of the rest, which prints as it runs.
     *
     * @return completes when the demo has printed everything, or fails with the first step's failure
     */
    public CompletableFuture<Void> run() {
        Database.setDefault(database);
        ListenerRegistration echo = database.addListener(printer::print);
        CompletableFuture<Void> demo;
        try {
            printer.line(HEADER);
            printer.section(BlogScript.SCHEMA);
            database.createTables(Author.class, Post.class, Comment.class);
            demo = insert()
                    .thenCompose(this::typedQueries)
                    .thenCompose(this::update)
                    .thenCompose(this::failedTransaction)
                    .thenCompose(this::eagerLoading);
        } catch (RuntimeException failure) {
            demo = CompletableFuture.failedFuture(failure);
        }
        return demo.whenComplete((done, failure) -> {
            echo.close();
            Database.setDefault(null);
            printer.flush();
        });
    }

    /** What the first steps saved and the later ones read. */
    private record Blog(Author ann, List<Post> posts) {
    }

    private CompletableFuture<Blog> insert() {
        printer.section(BlogScript.INSERT);
        Author ann = new Author();
        ann.name = "Ann";
        ann.email = "ann@example.com";
        Author bob = new Author();
        bob.name = "Bob";
        return ann.save().thenCompose(saved -> bob.save()).thenCompose(saved -> {
            List<Post> posts = new ArrayList<>();
            for (int i = 0; i < BlogScript.TITLES.size(); i++) {
                Post post = new Post();
                post.authorId = i % 2 == 0 ? ann.id : bob.id;
                post.title = BlogScript.TITLES.get(i);
                post.likes = i * 7;
                post.publishedOn = LocalDate.of(2026, 1, 1).plusDays(i * 30L);
                posts.add(post);
            }
            return AsyncActiveRecord.saveAll(posts).thenApply(done -> {
                if (printer.runsInsertPerRow()) {
                    printer.note(BlogScript.SQLITE_SAVE_ALL);
                }
                return new Blog(ann, posts);
            });
        });
    }

    private CompletableFuture<Blog> typedQueries(Blog blog) {
        printer.section(BlogScript.TYPED_QUERIES);
        return Post.query().where(Post.c.likes.ge(7)).orderBy(Post.c.likes.desc()).all()
                .thenCompose(popular -> {
                    printer.result("popular posts", popular.stream().map(post -> post.title).toList());
                    return Post.query().where(Post.c.authorId.eq(blog.ann().id)).count();
                })
                .thenCompose(count -> {
                    printer.result("Ann's post count", count);
                    return Post.query().where(Post.c.title.startsWith("Q")).first();
                })
                .thenCompose(first -> {
                    printer.result("first 'Q' title", first.title);
                    return Author.query().where(Author.c.email.isNull()).all();
                })
                .thenApply(withoutEmail -> {
                    printer.result("authors without email", withoutEmail.size());
                    return blog;
                });
    }

    private CompletableFuture<Blog> update(Blog blog) {
        printer.section(BlogScript.UPDATE);
        return Post.findOneOrThrow(blog.posts().get(0).id)
                .thenCompose(first -> {
                    first.likes = 100;
                    return first.save();
                })
                .thenCompose(Post::save)
                .thenApply(saved -> blog);
    }

    private CompletableFuture<Blog> failedTransaction(Blog blog) {
        printer.section(BlogScript.TRANSACTION);
        Author ghost = new Author();
        ghost.name = "Ghost";
        return database.<Author>transactionAsync(() -> ghost.save().thenApply(saved -> {
                    throw new IllegalStateException(BlogScript.FAILURE);
                }))
                .handle((committed, failure) -> {
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    if (cause instanceof IllegalStateException expected) {
                        printer.result("rolled back because", expected.getMessage());
                    } else if (cause != null) {
                        throw new CompletionException(cause);
                    }
                    return blog;
                })
                .thenCompose(same -> Author.query().count())
                .thenApply(count -> {
                    printer.result("authors", count);
                    return blog;
                });
    }

    /** One report read lazily and eagerly: the lazy statement count grows with the rows, the eager one does not. */
    private CompletableFuture<Void> eagerLoading(Blog blog) {
        printer.section(BlogScript.EAGER);
        printer.echo(false);
        Author cy = new Author();
        cy.name = "Cy";
        List<Comment> comments = new ArrayList<>();
        for (int i = 0; i < BlogScript.COMMENTERS.size(); i++) {
            for (String commenter : BlogScript.COMMENTERS.get(i)) {
                comments.add(new Comment(blog.posts().get(i), commenter, "Nice post, " + commenter + " says"));
            }
        }
        AsyncQuery<Author> authors = Author.query().orderBy(Author.c.id.asc());
        return cy.save()
                .thenCompose(saved -> AsyncActiveRecord.saveAll(comments))
                .thenCompose(saved -> {
                    printer.echo(true);
                    printer.note(BlogScript.addedCy(comments.size()));
                    printer.note(BlogScript.LAZILY);
                    return printReport("lazy load", authors);
                })
                .thenCompose(printed -> {
                    printer.note(BlogScript.EAGERLY);
                    return printReport("eager load", authors.with(BlogScript.REPORT_PATHS));
                })
                .thenCompose(printed -> moreRows(authors));
    }

    private CompletableFuture<Void> moreRows(AsyncQuery<Author> authors) {
        printer.section(BlogScript.MORE_ROWS);
        printer.echo(false);
        return addAuthors()
                .thenCompose(added -> {
                    printer.note(BlogScript.addedMoreAuthors());
                    return Author.query().count();
                })
                .thenCompose(authorCount -> Post.query().count()
                        .thenAccept(postCount -> printer.result("authors, posts", authorCount + ", " + postCount)))
                .thenCompose(printed -> counted(() -> authors.all().thenCompose(AsyncBlogDemo::describeAll)))
                .thenCompose(lazy -> {
                    printer.result("lazy load", lazy.statements() + " statements");
                    return counted(() -> authors.with(BlogScript.REPORT_PATHS).all().thenCompose(AsyncBlogDemo::describeAll));
                })
                .thenAccept(eager -> {
                    printer.result("eager load", eager.statements() + " statements");
                    printer.echo(true);
                });
    }

    /** Reads every author, post and comment through {@code authors}, then prints the report and its statement count. */
    private CompletableFuture<Void> printReport(String label, AsyncQuery<Author> authors) {
        return counted(() -> authors.all().thenCompose(AsyncBlogDemo::describeAll)).thenAccept(report -> {
            printer.report(report.value());
            printer.result(label, report.statements() + " statements");
        });
    }

    /** A value and the statements it took. */
    private record Counted<T>(T value, int statements) {
    }

    /** Counts the statements of the work {@code start} starts, from its first to the completion of its future. */
    private <T> CompletableFuture<Counted<T>> counted(Supplier<CompletableFuture<T>> start) {
        StatementCounter counter = StatementCounter.start(database);
        CompletableFuture<T> work;
        try {
            work = start.get();
        } catch (RuntimeException failure) {
            work = CompletableFuture.failedFuture(failure);
        }
        return work.whenComplete((value, failure) -> counter.close())
                .thenApply(value -> new Counted<>(value, counter.count()));
    }

    /** The report of every author, one after another, each read as {@link #describe(Author)} reads it. */
    private static CompletableFuture<List<String>> describeAll(List<Author> authors) {
        return inTurn(authors, new ArrayList<>(), AsyncBlogDemo::describe);
    }

    /** An author and each post with its commenters, read through the relation methods, one read after another. */
    private static CompletableFuture<List<String>> describe(Author author) {
        return author.posts().thenCompose(posts -> {
            List<String> lines = new ArrayList<>();
            lines.add(BlogScript.authorLine(author.name, posts.isEmpty()));
            return inTurn(posts, lines, post -> post.comments().thenApply(comments -> List.of(BlogScript.postLine(
                    post.title, comments.stream().map(comment -> comment.commenter).toList()))));
        });
    }

    /**
     * Reads {@code read} of each item in turn, the next read starting when the one before completed (as the
     * sync demo's loop does), and adds the lines of each to {@code lines}.
     */
    private static <T> CompletableFuture<List<String>> inTurn(List<T> items, List<String> lines,
            Function<T, CompletableFuture<List<String>>> read) {
        CompletableFuture<List<String>> chain = CompletableFuture.completedFuture(lines);
        for (T item : items) {
            chain = chain.thenCompose(sofar -> read.apply(item).thenApply(more -> {
                sofar.addAll(more);
                return sofar;
            }));
        }
        return chain;
    }

    private static CompletableFuture<Void> addAuthors() {
        List<Author> authors = new ArrayList<>();
        for (String name : BlogScript.MORE_AUTHORS) {
            Author author = new Author();
            author.name = name;
            authors.add(author);
        }
        List<Post> posts = new ArrayList<>();
        List<Comment> comments = new ArrayList<>();
        return AsyncActiveRecord.saveAll(authors)
                .thenCompose(saved -> {
                    for (Author author : authors) {
                        for (int i = 1; i <= BlogScript.POSTS_EACH; i++) {
                            Post post = new Post();
                            post.authorId = author.id;
                            post.title = author.name + "'s post " + i;
                            post.likes = 0;
                            posts.add(post);
                        }
                    }
                    return AsyncActiveRecord.saveAll(posts);
                })
                .thenCompose(saved -> {
                    for (Post post : posts) {
                        for (int i = 1; i <= BlogScript.COMMENTS_EACH; i++) {
                            comments.add(new Comment(post, "Reader " + i, "Comment " + i));
                        }
                    }
                    return AsyncActiveRecord.saveAll(comments);
                });
    }
}
