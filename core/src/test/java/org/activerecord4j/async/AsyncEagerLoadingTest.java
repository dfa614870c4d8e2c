package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.RelationNotFoundException;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.internal.dialect.Dialects;
import org.activerecord4j.models.async.Comment;
import org.activerecord4j.models.async.Course;
import org.activerecord4j.models.async.Enrollment;
import org.activerecord4j.models.async.LineItem;
import org.activerecord4j.models.async.Order;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.Profile;
import org.activerecord4j.models.async.Student;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * The async twin of {@code EagerLoadingTest}: every test there, on the async models, with the same data, the same
 * statement counts and the same messages. Reads of eagerly loaded relations must not only run no statement but
 * complete at once, from the relation cache. Conditions and orders use the async models' field proxies, as the sync
 * test uses the sync ones'.
 */
class AsyncEagerLoadingTest {

    private Database database;

    @BeforeEach
    void schema(Database database) {
        this.database = database;
        TestSchema.recreate(database, User.class, Post.class, Comment.class, Profile.class, Order.class, LineItem.class,
                Student.class, Course.class, Enrollment.class);
    }

    // --- statement counts ---

    @DatabaseTest
    void hasMany_oneUserWithThreeOrders_isTwoStatements_andReadingThemRunsNone() {
        User ann = user("Ann");
        order(ann, "10.00", "paid");
        order(ann, "30.00", "open");
        order(ann, "20.00", "paid");

        List<User> users = load(2, () -> User.query().with("orders").all());

        assertThat(statements(() -> assertThat(now(users.get(0).orders())).extracting(o -> o.status)
                .containsExactly("paid", "open", "paid"))).isZero();
    }

    @DatabaseTest
    void twoPaths_areThreeStatements() {
        User ann = user("Ann");
        order(ann, "10.00", "paid");
        post(ann, "Hello");

        List<User> users = load(3, () -> User.query().with("orders", "posts").all());

        assertThat(statements(() -> {
            assertThat(now(users.get(0).orders())).hasSize(1);
            assertThat(now(users.get(0).posts())).extracting(p -> p.title).containsExactly("Hello");
        })).isZero();
    }

    @DatabaseTest
    void nestedPath_threePostsWithTwoCommentsEach_isThreeStatements() {
        User ann = user("Ann");
        for (int p = 1; p <= 3; p++) {
            Post post = post(ann, "Post " + p);
            comment(ann, post, "first on " + p);
            comment(ann, post, "second on " + p);
        }

        List<User> users = load(3, () -> User.query().with("posts.comments").all());

        assertThat(statements(() -> {
            List<Post> posts = now(users.get(0).posts());
            assertThat(posts).extracting(p -> p.title).containsExactly("Post 1", "Post 2", "Post 3");
            for (Post post : posts) {
                List<Comment> comments = now(post.comments());
                assertThat(comments).extracting(c -> c.content)
                        .containsExactly("second on " + post.title.substring(5), "first on " + post.title.substring(5));
                assertThat(now(comments.get(0).post())).isSameAs(post);
                assertThat(now(post.author())).isSameAs(users.get(0));
            }
        })).isZero();
    }

    @DatabaseTest
    void emptyParentResult_isOneStatement() {
        user("Ann");

        List<User> users = load(1, () -> User.query().where(User.c.name.eq("nobody"))
                .with("posts", "posts.comments.author", "profile", "orders").all());

        assertThat(users).isEmpty();
    }

    @DatabaseTest
    void sharedPrefixes_countOnceEach_andARowReachedThroughManyParentsIsOneInstance() {
        List<User> authors = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            User author = user("Author " + i);
            authors.add(author);
            posts.add(post(author, "Post " + i));
        }
        List<Comment> comments = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Comment comment = new Comment("comment " + i);
            comment.postId = posts.get(i % 10).id;
            comment.userId = authors.get((i / 10) % 10).id;
            comments.add(comment);
        }
        AsyncActiveRecord.saveAll(comments).join();

        List<Post> loaded = load(4, () -> Post.query().with("comments", "comments.author", "author").all());

        Set<User> distinctAuthors = Collections.newSetFromMap(new IdentityHashMap<>());
        assertThat(statements(() -> loaded.forEach(post ->
                now(post.comments()).forEach(c -> distinctAuthors.add(now(c.author())))))).isZero();
        assertThat(distinctAuthors).hasSize(10);
        assertThat(loaded.stream().mapToInt(post -> now(post.comments()).size()).sum()).isEqualTo(1_000);
        for (Post post : loaded) {
            assertThat(now(post.author())).isIn(distinctAuthors);
        }
    }

    @DatabaseTest
    void threeLevelPath_isFourStatements_andReachesTheQuerysOwnRecords() {
        User ann = user("Ann");
        User bob = user("Bob");
        Post hello = post(ann, "Hello");
        comment(bob, hello, "hi Ann");
        comment(ann, hello, "thanks");

        List<User> users = load(4, () -> User.query().orderBy(User.c.id.asc())
                .with("posts", "posts.comments", "posts.comments.author").all());

        List<Comment> comments = now(now(users.get(0).posts()).get(0).comments());
        assertThat(now(comments.get(0).author())).isSameAs(users.get(0));
        assertThat(now(comments.get(1).author())).isSameAs(users.get(1));
    }

    // --- every relation kind ---

    @DatabaseTest
    void belongsTo_nullKeyCachesNull_andOneParentIsOneInstance() {
        User ann = user("Ann");
        Post hello = post(ann, "Hello");
        comment(ann, hello, "mine");
        comment(null, hello, "anonymous");

        List<Comment> comments = load(3, () -> Comment.query().orderBy(Comment.c.id.asc()).with("author", "post").all());

        assertThat(statements(() -> {
            assertThat(now(comments.get(0).author()).name).isEqualTo("Ann");
            assertThat(now(comments.get(1).author())).isNull();
            assertThat(now(comments.get(0).post())).isSameAs(now(comments.get(1).post()));
        })).isZero();
        assertThat(now(comments.get(0).post()).hasCachedRelation("comments"))
                .as("a to-many inverse is not filled from a partial load").isFalse();
    }

    @DatabaseTest
    void hasOne_missingCachesNull_andTheInverseIsTheOwner() {
        User ann = user("Ann");
        user("Bob");
        Profile profile = new Profile();
        profile.userId = ann.id;
        profile.bio = "Writes";
        profile.save().join();

        List<User> users = load(2, () -> User.query().orderBy(User.c.id.asc()).with("profile").all());

        assertThat(statements(() -> {
            assertThat(now(users.get(0).profile()).bio).isEqualTo("Writes");
            assertThat(now(now(users.get(0).profile()).owner())).isSameAs(users.get(0));
            assertThat(now(users.get(1).profile())).isNull();
        })).isZero();
    }

    @DatabaseTest
    void hasManyThrough_loadsEachStudentsCourses_withSharedCoursesAsOneInstance() {
        Course algebra = course("Algebra");
        Course biology = course("Biology");
        Course chemistry = course("Chemistry");
        Student sam = student("Sam", chemistry, algebra);
        student("Tia", algebra);
        student("Uma");

        List<Student> students = load(2, () -> Student.query().orderBy(Student.c.id.asc()).with("courses").all());

        assertThat(statements(() -> {
            assertThat(now(students.get(0).courses())).extracting(c -> c.title).containsExactly("Algebra", "Chemistry");
            assertThat(now(students.get(1).courses())).extracting(c -> c.title).containsExactly("Algebra");
            assertThat(now(students.get(2).courses())).isEmpty();
            assertThat(now(students.get(0).courses()).get(0)).isSameAs(now(students.get(1).courses()).get(0));
        })).isZero();
        assertThat(sam.id).isEqualTo(students.get(0).id);
        assertThat(biology.id).isNotNull();
    }

    @DatabaseTest
    void hasManyThrough_nestedBothWays_isOneStatementPerStep() {
        Course algebra = course("Algebra");
        student("Zed", algebra);
        student("Ava", algebra);

        List<Student> students = load(3, () -> Student.query().orderBy(Student.c.name.asc()).with("courses.students").all());

        assertThat(statements(() -> assertThat(now(now(students.get(0).courses()).get(0).students()))
                .containsExactly(students.get(0), students.get(1)))).isZero();
    }

    @DatabaseTest
    void hasManyThrough_duplicateJoinRows_giveTheTargetOnce_likeALazyRead() {
        TestSchema.withoutUniquePairs(database, Enrollment.class); // a schema made by hand, without the unique pair
        Student ann = student("Ann");
        Course math = course("Math");
        enroll(ann, math);
        enroll(ann, math);

        List<Course> lazy = Student.findOneOrThrow(ann.id).thenCompose(Student::courses).join();
        List<Course> eager = Student.query().with("courses").all().join().get(0).courses().join();

        assertThat(lazy).extracting(course -> course.id).containsExactly(math.id);
        assertThat(eager).extracting(course -> course.id).containsExactly(math.id);
    }

    @DatabaseTest
    void rowsThatTieOnTheRelationOrder_comeByPrimaryKey_eagerlyAndLazily() {
        Course art = course("Art");
        List<Student> students = List.of(student("Sam"), student("Sam"), student("Sam"), student("Sam"));
        for (int i = students.size() - 1; i >= 0; i--) {
            enroll(students.get(i), art);
        }
        List<Long> ids = students.stream().map(student -> student.id).toList();

        List<Long> lazy = Course.findOneOrThrow(art.id).thenCompose(Course::students).join()
                .stream().map(student -> student.id).toList();
        List<Long> eager = Course.query().with("students").all().join().get(0).students().join()
                .stream().map(student -> student.id).toList();

        assertThat(lazy).containsExactlyElementsOf(ids);
        assertThat(eager).containsExactlyElementsOf(ids);
    }

    @DatabaseTest
    void childlessParent_cachesAnEmptyList_andIsNeverQueriedAgain() {
        user("Ann");

        List<User> users = load(3, () -> User.query().with("posts", "profile").all());

        assertThat(users.get(0).hasCachedRelation("posts")).isTrue();
        assertThat(users.get(0).hasCachedRelation("profile")).isTrue();
        assertThat(statements(() -> {
            assertThat(now(users.get(0).posts())).isEmpty();
            assertThat(now(users.get(0).profile())).isNull();
        })).isZero();
    }

    // --- per-path filters ---

    @DatabaseTest
    void filter_keepsAndOrdersTheRowsOfItsPath() {
        User ann = user("Ann");
        order(ann, "10.00", "paid");
        order(ann, "30.00", "open");
        order(ann, "20.00", "paid");

        List<User> users = load(2, () -> User.query()
                .with("orders", q -> q.where(Order.c.status.eq("paid")).orderBy(Order.c.total.desc())).all());

        assertThat(now(users.get(0).orders())).extracting(o -> o.total.intValue())
                .containsExactly(20, 10);
    }

    @DatabaseTest
    void filterOnANestedPath_filtersOnlyThatLevel() {
        User ann = user("Ann");
        Post hello = post(ann, "Hello");
        Post world = post(ann, "World");
        comment(ann, hello, "keep this");
        comment(ann, hello, "drop this");
        comment(ann, world, "drop that");

        List<User> users = load(3, () -> User.query()
                .with("posts.comments", q -> q.where(Comment.c.content.startsWith("keep"))).all());

        List<Post> posts = now(users.get(0).posts());
        assertThat(posts).extracting(p -> p.title).containsExactly("Hello", "World");
        assertThat(now(posts.get(0).comments())).extracting(c -> c.content).containsExactly("keep this");
        assertThat(now(posts.get(1).comments())).isEmpty();
    }

    @DatabaseTest
    void filterOnAnInnerStep_loadsDeeperStepsOnlyBelowTheRowsItKept() {
        User ann = user("Ann");
        Post hello = post(ann, "Hello");
        Post world = post(ann, "World");
        comment(ann, hello, "on hello");
        comment(ann, world, "on world");

        try (StatementCounter counter = StatementCounter.start(database)) {
            List<User> users = User.query().with("posts", q -> q.where(Post.c.title.eq("Hello")))
                    .with("posts.comments").all().join();

            assertThat(counter.count()).isEqualTo(3);
            assertThat(counter.statements().get(2).parameters()).containsExactly(hello.id);
            assertThat(now(users.get(0).posts())).extracting(p -> p.title).containsExactly("Hello");
            assertThat(now(now(users.get(0).posts()).get(0).comments())).extracting(c -> c.content).containsExactly("on hello");
        }
    }

    @DatabaseTest
    void filterWithNestedWith_loadsTheNestedPathBelowTheFilteredRows() {
        User ann = user("Ann");
        comment(ann, post(ann, "Hello"), "on hello");
        comment(ann, post(ann, "World"), "on world");

        List<User> users = load(3, () -> User.query()
                .with("posts", q -> q.where(Post.c.title.eq("World")).with("comments")).all());

        assertThat(now(users.get(0).posts())).singleElement().satisfies(post ->
                assertThat(now(post.comments())).extracting(c -> c.content).containsExactly("on world"));
    }

    @DatabaseTest
    void filterLimitAndOffset_applyPerOwner() {
        User ann = user("Ann");
        User bob = user("Bob");
        post(ann, "A1");
        post(ann, "A2");
        post(ann, "A3");
        post(bob, "B1");

        List<User> newest = load(2, () -> User.query().orderBy(User.c.id.asc())
                .with("posts", q -> q.orderBy(Post.c.id.desc()).limit(2)).all());
        List<User> second = load(2, () -> User.query().orderBy(User.c.id.asc())
                .with("posts", q -> q.orderBy(Post.c.id.desc()).offset(1).limit(1)).all());

        assertThat(now(newest.get(0).posts())).extracting(p -> p.title).containsExactly("A3", "A2");
        assertThat(now(newest.get(1).posts())).extracting(p -> p.title).containsExactly("B1");
        assertThat(now(second.get(0).posts())).extracting(p -> p.title).containsExactly("A2");
        assertThat(now(second.get(1).posts())).isEmpty();
    }

    @DatabaseTest
    void filterLimit_onHasManyThrough_appliesPerOwner() {
        Course algebra = course("Algebra");
        Course biology = course("Biology");
        student("Sam", biology, algebra);
        student("Tia", biology);

        List<Student> students = load(2, () -> Student.query().orderBy(Student.c.id.asc())
                .with("courses", q -> q.orderBy(Course.c.title.desc()).limit(1)).all());

        assertThat(now(students.get(0).courses())).extracting(c -> c.title).containsExactly("Biology");
        assertThat(now(students.get(1).courses())).extracting(c -> c.title).containsExactly("Biology");
    }

    @DatabaseTest
    void badFilters_areRefusedBeforeAnySql() {
        assertThat(statements(() -> {
            assertThatThrownBy(() -> User.query().with("posts", q -> null))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessage("The filter of with(\"posts\") on User must return a query over Post but returned null");
            assertThatThrownBy(() -> User.query().with("posts", q -> q.where(User.c.name.eq("Ann"))))
                    .isInstanceOf(ActiveRecordException.class)
                    .hasMessageContaining("User.name").hasMessageContaining("Post");
            assertThatThrownBy(() -> User.query().with("posts", q -> q.limit(1)).with("posts", q -> q.limit(2)))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessage("Two filters given for eager-loaded relation User.posts; combine them into one with(path, filter)");
        })).isZero();
    }

    @DatabaseTest
    void strictInAFilter_isRefusedNamingThePath() {
        assertThat(statements(() -> {
            assertThatThrownBy(() -> User.query().with("posts", q -> q.strict()))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessage("The filter of with(\"posts\") on User calls strict(true), which a filter cannot: it "
                            + "filters, orders and limits the rows of Post and loads below them; set strict loading on "
                            + "the query (User.query().strict(true)), on the model (@StrictLoading on Post) or on the database");
            assertThatThrownBy(() -> User.query().with("posts", q -> q.with("comments", c -> c.strict(false))))
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessageStartingWith("The filter of with(\"comments\") on Post calls strict(false), which a filter cannot");
        })).isZero();
    }

    @DatabaseTest
    void filtersThatFilterNothing_areNoFilter_andCombineWithTheFilterOfTheirPath() {
        User ann = user("Ann");
        post(ann, "Hello");
        Post world = post(ann, "World");
        comment(ann, world, "nice");

        List<User> identity = load(2, () -> User.query().with("posts", q -> q)
                .with("posts", q -> q.where(Post.c.title.eq("World"))).all());
        assertThat(now(identity.get(0).posts())).extracting(p -> p.title).containsExactly("World");

        List<User> onlyBelow = load(3, () -> User.query().with("posts", q -> q.where(Post.c.title.eq("World")))
                .with("posts", q -> q.with("comments")).all());
        List<Post> posts = now(onlyBelow.get(0).posts());
        assertThat(posts).extracting(p -> p.title).containsExactly("World");
        assertThat(statements(() -> assertThat(now(posts.get(0).comments())).hasSize(1))).isZero();

        List<User> bothIdentity = load(2, () -> User.query().with("posts", q -> q).with("posts", q -> q).all());
        assertThat(now(bothIdentity.get(0).posts())).hasSize(2);
    }

    // --- terminal methods ---

    @DatabaseTest
    void oneAndFirst_loadThePathsToo() {
        User ann = user("Ann");
        post(ann, "Hello");

        User one = load(2, () -> User.query().where(User.c.name.eq("Ann")).with("posts").one());
        User first = load(2, () -> User.query().with("posts").first());

        assertThat(statements(() -> {
            assertThat(now(one.posts())).hasSize(1);
            assertThat(now(first.posts())).hasSize(1);
        })).isZero();
    }

    @DatabaseTest
    void stream_loadsPathsOneBatchAtATime() {
        for (int i = 1; i <= 5; i++) {
            post(user("User " + i), "Post " + i);
        }

        List<User> seen = new ArrayList<>();
        int count = statements(() -> seen.addAll(RecordCollector.all(User.query().orderBy(User.c.id.asc()).with("posts").stream(2)).join()));

        assertThat(count).as("the users, then one posts query per batch of 2").isEqualTo(1 + 3);
        assertThat(statements(() -> assertThat(seen).extracting(u -> now(u.posts()).get(0).title)
                .containsExactly("Post 1", "Post 2", "Post 3", "Post 4", "Post 5"))).isZero();
    }

    @DatabaseTest
    void stream_requestingOneRecordAtATime_stillLoadsPathsOneBatchAtATime() {
        for (int i = 1; i <= 5; i++) {
            post(user("User " + i), "Post " + i);
        }

        List<User> seen = new ArrayList<>();
        int count = statements(() ->
                seen.addAll(RecordCollector.oneAtATime(User.query().orderBy(User.c.id.asc()).with("posts").stream(2)).join()));

        assertThat(count).as("the users, then one posts query per batch of 2, however little is requested").isEqualTo(1 + 3);
        assertThat(statements(() -> assertThat(seen).extracting(u -> now(u.posts()).get(0).title)
                .containsExactly("Post 1", "Post 2", "Post 3", "Post 4", "Post 5"))).isZero();
    }

    @DatabaseTest
    void stream_insideATransaction_loadsPathsOnTheTransactionsConnection() {
        post(user("Ann"), "Hello");
        post(user("Bob"), "World");

        List<String> titles = database.transactionAsync(() ->
                RecordCollector.all(User.query().orderBy(User.c.id.asc()).with("posts").stream(1))
                        .thenApply(users -> users.stream().map(u -> now(u.posts()).get(0).title).toList())).join();

        assertThat(titles).containsExactly("Hello", "World");
    }

    @DatabaseTest
    void aHundredThousandParents_loadInCeilOfRowsOverTheParameterLimitStatementsPerLevel() {
        List<User> users = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            users.add(new User("u" + i, i % 90));
        }
        AsyncActiveRecord.saveAll(users).join();
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < users.size(); i += 10) {
            Post post = new Post("post of u" + i);
            post.userId = users.get(i).id;
            posts.add(post);
        }
        AsyncActiveRecord.saveAll(posts).join();
        int limit = Dialects.forUrl(database.url()).maxParameters();
        int expected = 1 + (100_000 + limit - 1) / limit;

        List<User> loaded = load(expected, () -> User.query().orderBy(User.c.id.asc()).with("posts").all());

        assertThat(loaded).hasSize(100_000);
        int withPosts = 0;
        for (int i = 0; i < loaded.size(); i++) {
            List<Post> own = now(loaded.get(i).posts());
            if (i % 10 == 0) {
                assertThat(own).extracting(p -> p.title).containsExactly("post of " + loaded.get(i).name);
                withPosts++;
            } else {
                assertThat(own).isEmpty();
            }
        }
        assertThat(withPosts).isEqualTo(10_000);
    }

    @DatabaseTest
    void assertStatements_passesOnTheExactCount_andListsTheSqlWhenItDiffers() {
        post(user("Ann"), "Hello");
        post(user("Bob"), "World");

        StatementCounter.assertStatements(database, 2, () -> User.query().with("posts").all().join());
        assertThatThrownBy(() -> StatementCounter.assertStatements(database, 2,
                () -> User.query().all().join().forEach(user -> user.posts().join())))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected 2 statements but 3 ran:\n  SELECT ")
                .hasMessageContaining("FROM " + (database.dialectName().equals("postgresql") ? "\"posts\"" : "`posts`"));
    }

    // --- invalid paths ---

    @DatabaseTest
    void invalidPaths_throwBeforeAnySql_namingTheModelTheSegmentAndTheRelationsThere() {
        String userRelations = "relations of User: comments, orders, posts, profile";
        String postRelations = "relations of Post: author, comments";
        assertThat(statements(() -> {
            assertInvalid("", "Invalid eager-loading path \"\" on User: the path is empty; " + userRelations);
            assertInvalid(null, "Invalid eager-loading path null on User: the path is empty; " + userRelations);
            assertInvalid(".posts", "Invalid eager-loading path \".posts\" on User: empty relation name (leading dot); "
                    + userRelations);
            assertInvalid("posts.", "Invalid eager-loading path \"posts.\" on User: empty relation name (trailing dot); "
                    + postRelations);
            assertInvalid("posts..author", "Invalid eager-loading path \"posts..author\" on User: empty relation name "
                    + "(two dots in a row); " + postRelations);
            assertInvalid("postz", "Invalid eager-loading path \"postz\" on User: User has no relation \"postz\"; "
                    + userRelations);
            assertInvalid("posts.comments.writer", "Invalid eager-loading path \"posts.comments.writer\" on User: "
                    + "Comment has no relation \"writer\"; relations of Comment: author, post");
        })).isZero();
    }

    private static void assertInvalid(String path, String message) {
        assertThatThrownBy(() -> User.query().with("posts", path)).isInstanceOf(RelationNotFoundException.class).hasMessage(message);
        assertThatThrownBy(() -> User.query().with(path, q -> q)).isInstanceOf(RelationNotFoundException.class).hasMessage(message);
    }

    // --- helpers ---

    /** Runs {@code load} and waits for it, asserting it ran exactly {@code statements} statements. */
    private <R> R load(int statements, Supplier<CompletableFuture<R>> load) {
        List<R> result = new ArrayList<>(1);
        assertThat(statements(() -> result.add(load.get().join()))).isEqualTo(statements);
        return result.get(0);
    }

    private int statements(Runnable block) {
        return StatementCounter.count(database, block);
    }

    /** Returns the value of a read that must be answered from memory: its future is complete when returned. */
    private static <T> T now(CompletableFuture<T> read) {
        assertThat(read).as("a read answered from the relation cache completes at once").isDone();
        return read.join();
    }

    private static User user(String name) {
        return new User(name, 30).save().join();
    }

    private static Post post(User author, String title) {
        Post post = new Post(title);
        post.userId = author.id;
        return post.save().join();
    }

    private static Comment comment(User author, Post post, String content) {
        Comment comment = new Comment(content);
        comment.userId = author == null ? null : author.id;
        comment.postId = post.id;
        return comment.save().join();
    }

    private static Order order(User customer, String total, String status) {
        Order order = new Order();
        order.userId = customer.id;
        order.total = new BigDecimal(total);
        order.status = status;
        return order.save().join();
    }

    private static Course course(String title) {
        Course course = new Course();
        course.title = title;
        return course.save().join();
    }

    private static void enroll(Student student, Course course) {
        Enrollment enrollment = new Enrollment();
        enrollment.studentId = student.id;
        enrollment.courseId = course.id;
        enrollment.save().join();
    }

    private static Student student(String name, Course... courses) {
        Student student = new Student();
        student.name = name;
        student.save().join();
        for (Course course : courses) {
            Student.courses.add(student, course).join();
        }
        return student;
    }
}
