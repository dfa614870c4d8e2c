package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.activerecord4j.Database;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.StrictLoadingViolationException;
import org.activerecord4j.models.async.Book;
import org.activerecord4j.models.async.Comment;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.Profile;
import org.activerecord4j.models.async.Shelf;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * The async twin of {@code StrictLoadingTest}: a lazy load strict loading forbids fails its future with
 * {@link StrictLoadingViolationException}, unwrapped and with the sync message, and runs no SQL.
 */
class AsyncStrictLoadingTest {

    private Database database;
    private User ann;
    private Post hello;

    @BeforeEach
    void data(Database database) {
        this.database = database;
        TestSchema.recreate(database, User.class, Post.class, Comment.class, Profile.class, Shelf.class, Book.class);
        ann = new User("Ann", 31).save().join();
        new User("Bob", 40).save().join();
        hello = new Post("Hello");
        hello.userId = ann.id;
        hello.save().join();
        Comment comment = new Comment("hi");
        comment.postId = hello.id;
        comment.userId = ann.id;
        comment.save().join();
    }

    @DatabaseTest
    void strictQuery_lazyLoadOnARecordFromAll_throwsNamingTheWithThatAvoidsIt_andRunsNoSql() {
        List<User> users = User.query().strict().all().join();

        assertThat(statements(() -> assertThat(failure(users.get(0).posts()))
                .isInstanceOf(StrictLoadingViolationException.class)
                .hasMessage("Strict loading: User.posts would be loaded lazily, once per User of a multi-row query (N+1); "
                        + "add with(\"posts\") to the query that read the User records"))).isZero();
    }

    @DatabaseTest
    void strictQuery_eagerLoadedRelationsRead_andANestedLazyLoadNamesTheNestedPath() {
        User loaded = User.query().strict().with("posts").whereEq("name", "Ann").all().join().get(0);

        assertThat(loaded.posts().join()).hasSize(1);
        assertThat(failure(loaded.posts().join().get(0).comments()))
                .isInstanceOf(StrictLoadingViolationException.class)
                .hasMessage("Strict loading: Post.comments would be loaded lazily, once per Post of a multi-row query (N+1); "
                        + "add with(\"posts.comments\") to the query that read the Post records");
        assertThat(failure(loaded.profile()))
                .isInstanceOf(StrictLoadingViolationException.class).hasMessageContaining("with(\"profile\")");
    }

    @DatabaseTest
    void strictQuery_withTheWholePath_readsEverythingWithoutQueries() {
        User loaded = User.query().strict().with("posts.comments.author", "profile").whereEq("name", "Ann").one().join();

        assertThat(statements(() -> {
            assertThat(loaded.posts().join().get(0).comments().join().get(0).author().join()).isSameAs(loaded);
            assertThat(loaded.profile().join()).isNull();
        })).isZero();
    }

    @DatabaseTest
    void aRecordLoadedAlone_mayLoadLazily_butTheRowsOfItsToManyLoadMayNot() {
        User alone = User.query().strict().whereEq("name", "Ann").one().join();
        User first = User.query().strict().first().join();

        assertThat(alone.posts().join()).hasSize(1);
        assertThat(first.profile().join()).isNull();
        assertThat(failure(alone.posts().join().get(0).comments()))
                .isInstanceOf(StrictLoadingViolationException.class).hasMessageContaining("with(\"posts.comments\")");
        Comment comment = Comment.query().strict().first().join();
        assertThat(comment.post().thenCompose(Post::author).join()).as("to-one loads read single rows").isNotNull();
    }

    @DatabaseTest
    void aLazyLoadThatNeedsNoQuery_isAllowed() {
        Comment anonymous = new Comment("anon");
        anonymous.postId = hello.id;
        anonymous.save().join();

        List<Comment> comments = Comment.query().strict().whereEq("userId", null).all().join();

        assertThat(statements(() -> {
            CompletableFuture<User> author = comments.get(0).author();
            assertThat(author).as("a null key is answered from memory").isDone();
            assertThat(author.join()).isNull();
        })).isZero();
    }

    @DatabaseTest
    void strictStream_marksEveryRecord() {
        List<User> users = RecordCollector.all(User.query().strict().stream()).join();

        assertThat(users).hasSize(2).allSatisfy(user -> assertThat(failure(user.posts()))
                .isInstanceOf(StrictLoadingViolationException.class));
    }

    @DatabaseTest
    void notStrictByDefault() {
        assertThat(User.query().all().join().get(0).posts().join()).hasSize(1);
    }

    @DatabaseTest
    void perModel_strictLoadingAnnotation_appliesToEveryQueryUnlessTheQuerySaysOtherwise() {
        Shelf shelf = new Shelf();
        shelf.label = "fiction";
        shelf.save().join();

        Shelf strict = Shelf.query().all().join().get(0);
        Shelf relaxed = Shelf.query().strict(false).all().join().get(0);

        assertThat(failure(strict.books())).isInstanceOf(StrictLoadingViolationException.class)
                .hasMessage("Strict loading: Shelf.books would be loaded lazily, once per Shelf of a multi-row query (N+1); "
                        + "add with(\"books\") to the query that read the Shelf records");
        assertThat(relaxed.books().join()).isEmpty();
        assertThat(Shelf.query().with("books").all().join().get(0).books().join()).isEmpty();
    }

    @DatabaseTest
    void global_databaseSetting_appliesUnlessAQueryTurnsItOff() {
        database.setStrictLoading(true);
        try {
            assertThat(database.isStrictLoading()).isTrue();
            assertThat(failure(User.query().all().thenCompose(users -> users.get(0).posts())))
                    .isInstanceOf(StrictLoadingViolationException.class);
            assertThat(User.query().strict(false).whereEq("name", "Ann").all().join().get(0).posts().join()).hasSize(1);
        } finally {
            database.setStrictLoading(false);
        }
        assertThat(User.query().whereEq("name", "Ann").all().join().get(0).posts().join()).hasSize(1);
    }

    private int statements(Runnable block) {
        return StatementCounter.count(database, block);
    }

    /**
     * Waits for {@code future} to fail and returns its failure as the sync call would throw it: {@code join()}
     * wraps it in one {@link CompletionException}, and nothing else may.
     */
    private static Throwable failure(CompletableFuture<?> future) {
        Throwable thrown = catchThrowable(future::join);
        assertThat(thrown).as("the future fails").isInstanceOf(CompletionException.class);
        assertThat(thrown.getCause()).as("the failure, unwrapped").isNotNull().isNotInstanceOf(CompletionException.class);
        return thrown.getCause();
    }
}
