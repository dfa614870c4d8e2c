package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.activerecord4j.models.Book;
import org.activerecord4j.models.Comment;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.Profile;
import org.activerecord4j.models.Shelf;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

class StrictLoadingTest {

    private Database database;
    private User ann;
    private Post hello;

    @BeforeEach
    void data(Database database) {
        this.database = database;
        TestSchema.recreate(database, User.class, Post.class, Comment.class, Profile.class, Shelf.class, Book.class);
        ann = new User("Ann", 31);
        ann.save();
        new User("Bob", 40).save();
        hello = new Post("Hello");
        hello.userId = ann.id;
        hello.save();
        Comment comment = new Comment("hi");
        comment.postId = hello.id;
        comment.userId = ann.id;
        comment.save();
    }

    @DatabaseTest
    void strictQuery_lazyLoadOnARecordFromAll_throwsNamingTheWithThatAvoidsIt_andRunsNoSql() {
        List<User> users = User.query().strict().all();

        assertThat(statements(() -> assertThatThrownBy(() -> users.get(0).posts())
                .isInstanceOf(StrictLoadingViolationException.class)
                .hasMessage("Strict loading: User.posts would be loaded lazily, once per User of a multi-row query (N+1); "
                        + "add with(\"posts\") to the query that read the User records"))).isZero();
    }

    @DatabaseTest
    void strictQuery_eagerLoadedRelationsRead_andANestedLazyLoadNamesTheNestedPath() {
        User loaded = User.query().strict().with("posts").where(User.c.name.eq("Ann")).all().get(0);

        assertThat(loaded.posts()).hasSize(1);
        assertThatThrownBy(() -> loaded.posts().get(0).comments())
                .isInstanceOf(StrictLoadingViolationException.class)
                .hasMessage("Strict loading: Post.comments would be loaded lazily, once per Post of a multi-row query (N+1); "
                        + "add with(\"posts.comments\") to the query that read the Post records");
        assertThatThrownBy(() -> loaded.profile())
                .isInstanceOf(StrictLoadingViolationException.class).hasMessageContaining("with(\"profile\")");
    }

    @DatabaseTest
    void strictQuery_withTheWholePath_readsEverythingWithoutQueries() {
        User loaded = User.query().strict().with("posts.comments.author", "profile").where(User.c.name.eq("Ann")).one();

        assertThat(statements(() -> {
            assertThat(loaded.posts().get(0).comments().get(0).author()).isSameAs(loaded);
            assertThat(loaded.profile()).isNull();
        })).isZero();
    }

    @DatabaseTest
    void aRecordLoadedAlone_mayLoadLazily_butTheRowsOfItsToManyLoadMayNot() {
        User alone = User.query().strict().where(User.c.name.eq("Ann")).one();
        User first = User.query().strict().first();

        assertThat(alone.posts()).hasSize(1);
        assertThat(first.profile()).isNull();
        assertThatThrownBy(() -> alone.posts().get(0).comments())
                .isInstanceOf(StrictLoadingViolationException.class).hasMessageContaining("with(\"posts.comments\")");
        Comment comment = Comment.query().strict().first();
        assertThat(comment.post().author()).as("to-one loads read single rows").isNotNull();
    }

    @DatabaseTest
    void aLazyLoadThatNeedsNoQuery_isAllowed() {
        Comment anonymous = new Comment("anon");
        anonymous.postId = hello.id;
        anonymous.save();

        List<Comment> comments = Comment.query().strict().where(Comment.c.userId.isNull()).all();

        assertThat(statements(() -> assertThat(comments.get(0).author()).isNull())).isZero();
    }

    @DatabaseTest
    void strictStream_marksEveryRecord() {
        try (Stream<User> users = User.query().strict().stream()) {
            assertThat(users).allSatisfy(user -> assertThatThrownBy(user::posts)
                    .isInstanceOf(StrictLoadingViolationException.class));
        }
    }

    @DatabaseTest
    void notStrictByDefault() {
        assertThat(User.query().all().get(0).posts()).hasSize(1);
    }

    @DatabaseTest
    void perModel_strictLoadingAnnotation_appliesToEveryQueryUnlessTheQuerySaysOtherwise() {
        Shelf shelf = new Shelf();
        shelf.label = "fiction";
        shelf.save();

        Shelf strict = Shelf.query().all().get(0);
        Shelf relaxed = Shelf.query().strict(false).all().get(0);

        assertThatThrownBy(strict::books).isInstanceOf(StrictLoadingViolationException.class)
                .hasMessage("Strict loading: Shelf.books would be loaded lazily, once per Shelf of a multi-row query (N+1); "
                        + "add with(\"books\") to the query that read the Shelf records");
        assertThat(relaxed.books()).isEmpty();
        assertThat(Shelf.query().with("books").all().get(0).books()).isEmpty();
    }

    @DatabaseTest
    void perModel_strictLoadingAnnotation_appliesToRecordsOfTheModelLoadedByAnotherQuerysWith() {
        Shelf shelf = new Shelf();
        shelf.label = "fiction";
        shelf.save();
        for (String title : List.of("Emma", "Dune")) {
            Book book = new Book();
            book.shelfId = shelf.id;
            book.title = title;
            book.save();
        }

        Shelf reached = Book.query().with("shelf").all().get(0).shelf();

        assertThat(statements(() -> assertThatThrownBy(reached::books)
                .isInstanceOf(StrictLoadingViolationException.class)
                .hasMessage("Strict loading: Shelf.books would be loaded lazily, once per Shelf of a multi-row query (N+1); "
                        + "add with(\"shelf.books\") to the query that read the Shelf records"))).isZero();
        assertThat(Book.query().with("shelf.books").all().get(0).shelf().books()).hasSize(2);
        assertThat(Book.query().strict(false).with("shelf").all().get(0).shelf().books())
                .as("the query's own setting wins").hasSize(2);
    }

    @DatabaseTest
    void global_databaseSetting_appliesUnlessAQueryTurnsItOff() {
        database.setStrictLoading(true);
        try {
            assertThat(database.isStrictLoading()).isTrue();
            assertThatThrownBy(() -> User.query().all().get(0).posts()).isInstanceOf(StrictLoadingViolationException.class);
            assertThat(User.query().strict(false).where(User.c.name.eq("Ann")).all().get(0).posts()).hasSize(1);
        } finally {
            database.setStrictLoading(false);
        }
        assertThat(User.query().where(User.c.name.eq("Ann")).all().get(0).posts()).hasSize(1);
    }

    private int statements(Runnable block) {
        return StatementCounter.count(database, block);
    }
}
