package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.RelationNotFoundException;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.StatementFailedException;
import org.activerecord4j.models.async.City;
import org.activerecord4j.models.async.Comment;
import org.activerecord4j.models.async.Country;
import org.activerecord4j.models.async.Course;
import org.activerecord4j.models.async.Employee;
import org.activerecord4j.models.async.Enrollment;
import org.activerecord4j.models.async.LineItem;
import org.activerecord4j.models.async.Order;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.Profile;
import org.activerecord4j.models.async.Student;
import org.activerecord4j.models.async.User;
import org.activerecord4j.relation.AsyncHasMany;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;

/**
 * The async twin of {@code RelationshipTest}: the same data, statement counts and errors through the async
 * relation types. Statements are counted around the {@code join()} of each future; a read the sync test
 * answers from the cache must also complete at once here (its future is done when returned). A failure
 * completes the future with the exception the sync call throws, which {@code join()} wraps in a
 * {@link CompletionException}.
 */
class AsyncRelationshipTest {

    private Database database;
    private User ann;
    private User bob;
    private Post hello;

    @BeforeEach
    void data(Database database) {
        this.database = database;
        TestSchema.recreate(database, User.class, Post.class, Comment.class, Profile.class, Order.class, LineItem.class,
                Student.class, Course.class, Enrollment.class, Employee.class, Country.class, City.class);
        ann = saved(new User("Ann", 31));
        bob = saved(new User("Bob", 40));
        hello = post(ann, "Hello");
        post(ann, "World");
    }

    private static <T extends AsyncActiveRecord<T>> T saved(T record) {
        assertThat(record.save().join()).isSameAs(record);
        return record;
    }

    private static Post post(User author, String title) {
        Post post = new Post(title);
        post.userId = author.id;
        return saved(post);
    }

    private static Comment comment(User author, Post post, String content) {
        Comment comment = new Comment(content);
        comment.userId = author == null ? null : author.id;
        comment.postId = post.id;
        return saved(comment);
    }

    private int statements(Runnable block) {
        return StatementCounter.count(database, block);
    }

    /** Returns the value of a read that must be answered from memory: its future is already complete. */
    private static <R> R atOnce(CompletableFuture<R> read) {
        assertThat(read).as("a read answered from memory completes at once").isDone();
        return read.join();
    }

    /** Asserts that {@code call} fails, and returns an assertion on the exception the sync call would throw. */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertFails(CompletableFuture<?> call) {
        return assertThatThrownBy(call::join).isInstanceOf(CompletionException.class).cause();
    }

    // --- BelongsTo ---

    @DatabaseTest
    void belongsTo_firstReadQueriesOnce_repeatedReadReturnsTheSameInstanceWithNoQuery() {
        Comment comment = Comment.findOneOrThrow(comment(bob, hello, "hi").id).join();
        User[] first = new User[1];

        assertThat(statements(() -> first[0] = comment.author().join())).isEqualTo(1);
        assertThat(first[0].name).isEqualTo("Bob");
        assertThat(statements(() -> assertThat(atOnce(comment.author())).isSameAs(first[0]))).isZero();
        assertThat(comment.hasCachedRelation("author")).isTrue();
    }

    @DatabaseTest
    void belongsTo_nullKey_returnsNullWithNoQuery() {
        Comment anonymous = Comment.findOneOrThrow(comment(null, hello, "anonymous").id).join();

        assertThat(statements(() -> assertThat(atOnce(anonymous.author())).isNull())).isZero();
    }

    @DatabaseTest
    void belongsTo_orphanKey_returnsNull_andCachesIt() {
        Comment orphan = new Comment("not saved");
        orphan.userId = 987_654L;

        assertThat(statements(() -> assertThat(orphan.author().join()).isNull())).isEqualTo(1);
        assertThat(statements(() -> assertThat(atOnce(orphan.author())).isNull())).isZero();
    }

    @DatabaseTest
    void belongsTo_targetNamedByString_resolves_andTableNamedByKeywordWorks() {
        Order order = new Order();
        order.userId = bob.id;
        order.total = new BigDecimal("12.50");
        order.status = "paid";
        order.save().join();

        assertThat(Order.findOneOrThrow(order.id).thenCompose(Order::customer).join().name).isEqualTo("Bob");
        assertThat(bob.orders().join()).extracting(o -> o.total).containsExactly(new BigDecimal("12.50"));
    }

    // --- HasMany ---

    @DatabaseTest
    void hasMany_readsChildrenByKey_onceThenFromCache() {
        User loaded = User.findOneOrThrow(ann.id).join();
        List<Post> posts = loaded.posts().join();

        assertThat(posts).extracting(post -> post.title).containsExactly("Hello", "World");
        assertThat(statements(() -> assertThat(atOnce(loaded.posts())).isSameAs(posts))).isZero();
        assertThatThrownBy(() -> posts.add(new Post("sneaky"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @DatabaseTest
    void hasMany_fillsTheInverseFromMemory_soEachChildsParentIsTheSameInstance() {
        User loaded = User.findOneOrThrow(ann.id).join();
        List<Post> posts = loaded.posts().join();

        assertThat(statements(() -> posts.forEach(post -> assertThat(atOnce(post.author())).isSameAs(loaded)))).isZero();
    }

    @DatabaseTest
    void hasMany_parentWithNoChildren_cachesAnEmptyList() {
        User loaded = User.findOneOrThrow(bob.id).join();

        assertThat(statements(() -> assertThat(loaded.posts().join()).isEmpty())).isEqualTo(1);
        assertThat(statements(() -> assertThat(atOnce(loaded.posts())).isEmpty())).isZero();
    }

    @DatabaseTest
    void hasMany_declaredOrder_isUsed() {
        Comment first = comment(bob, hello, "first");
        Comment second = comment(ann, hello, "second");

        assertThat(Post.findOneOrThrow(hello.id).thenCompose(Post::comments).join()).extracting(c -> c.id)
                .containsExactly(second.id, first.id);
    }

    @DatabaseTest
    void hasMany_query_filtersCountsAndPages() {
        post(ann, "Third");

        assertThat(User.posts.query(ann).count().join()).isEqualTo(3L);
        assertThat(User.posts.query(ann).where("title LIKE ?", "W%").one().join().title).isEqualTo("World");
        assertThat(User.posts.query(ann).limit(1).offset(1).all().join()).extracting(p -> p.title).containsExactly("World");
        assertThat(User.posts.query(bob).count().join()).isZero();
    }

    // --- HasOne ---

    @DatabaseTest
    void hasOne_returnsTheRow_orNull_andFillsTheInverse() {
        Profile profile = new Profile();
        profile.userId = ann.id;
        profile.bio = "hello";
        profile.save().join();
        User loaded = User.findOneOrThrow(ann.id).join();

        Profile read = loaded.profile().join();
        assertThat(read.bio).isEqualTo("hello");
        assertThat(statements(() -> assertThat(atOnce(read.owner())).isSameAs(loaded))).isZero();
        assertThat(statements(() -> assertThat(User.findOneOrThrow(bob.id).thenCompose(User::profile).join()).isNull()))
                .isEqualTo(2);
    }

    @DatabaseTest
    void hasOne_twoMatches_returnsTheLowestKey_everyTime() {
        Profile[] profiles = new Profile[2];
        for (int i = 0; i < 2; i++) {
            profiles[i] = new Profile();
            profiles[i].userId = ann.id;
            profiles[i].bio = "profile " + i;
            profiles[i].save().join();
        }
        for (int round = 0; round < 5; round++) {
            assertThat(User.findOneOrThrow(ann.id).thenCompose(User::profile).join().id).isEqualTo(profiles[0].id);
        }
    }

    // --- HasManyThrough ---

    @DatabaseTest
    void hasManyThrough_readsThroughTheJoinTable_inOneQuery() {
        Student sam = saved(student("Sam"));
        Course math = saved(course("Math"));
        Course art = saved(course("Art"));
        saved(course("Unrelated"));
        Student.courses.add(sam, art).join();
        Student.courses.add(sam, math).join();
        Student loaded = Student.findOneOrThrow(sam.id).join();

        assertThat(statements(() -> assertThat(loaded.courses().join()).extracting(c -> c.title)
                .containsExactly("Math", "Art"))).isEqualTo(1);
        assertThat(statements(() -> atOnce(loaded.courses()))).isZero();
        assertThat(Student.courses.query(loaded).whereEq("title", "Art").count().join()).isEqualTo(1L);
    }

    @DatabaseTest
    void hasManyThrough_declaredOrder_andReverseDirection() {
        Course math = saved(course("Math"));
        Student zoe = saved(student("Zoe"));
        Student abe = saved(student("Abe"));
        Student.courses.add(zoe, math).join();
        Student.courses.add(abe, math).join();

        assertThat(Course.findOneOrThrow(math.id).thenCompose(Course::students).join()).extracting(s -> s.name)
                .containsExactly("Abe", "Zoe");
    }

    @DatabaseTest
    void hasManyThrough_addingAnExistingPair_addsNoSecondRow_andRemoveDeletesIt() {
        Student sam = saved(student("Sam"));
        Course math = saved(course("Math"));

        Student.courses.add(sam, math).join();
        Student.courses.add(sam, math).join();
        assertThat(Enrollment.query().count().join()).isEqualTo(1L);

        Student.courses.remove(sam, math).join();
        assertThat(Enrollment.query().count().join()).isZero();
        assertThat(Student.findOneOrThrow(sam.id).thenCompose(Student::courses).join()).isEmpty();
    }

    @DatabaseTest
    void hasManyThrough_addUpdatesALoadedList_andSavesNewRecords() {
        Student sam = saved(student("Sam"));
        assertThat(sam.courses().join()).isEmpty();
        Course fresh = course("Fresh");

        Student.courses.add(sam, fresh).join();

        assertThat(fresh.id).isNotNull();
        assertThat(statements(() -> assertThat(atOnce(sam.courses())).containsExactly(fresh))).isZero();
    }

    @DatabaseTest
    void joinRowPointingAtADeletedCourse_isRefusedByEveryDatabase_becauseAllThreeEnforceForeignKeys() {
        Student sam = saved(student("Sam"));
        Course math = saved(course("Math"));
        Student.courses.add(sam, math).join();

        // SQLite (foreign_keys=on), PostgreSQL and MariaDB (InnoDB) all refuse to orphan the join row.
        assertFails(math.delete()).isInstanceOf(StatementFailedException.class);
        assertThat(Student.findOneOrThrow(sam.id).thenCompose(Student::courses).join()).extracting(c -> c.title)
                .containsExactly("Math");
    }

    // --- Writing ---

    @DatabaseTest
    void assigningAParent_setsTheKey_andCachesIt() {
        Comment comment = new Comment("assigned");
        comment.postId = hello.id;

        comment.author(bob);

        assertThat(comment.userId).isEqualTo(bob.id);
        assertThat(statements(() -> assertThat(atOnce(comment.author())).isSameAs(bob))).isZero();
        comment.author(null);
        assertThat(comment.userId).isNull();
    }

    @DatabaseTest
    void savingAChildWithANewParent_savesTheParentFirst_inOneTransaction() {
        User newcomer = new User("Newcomer", 20);
        Comment comment = new Comment("first words");
        comment.postId = hello.id;
        comment.author(newcomer);

        comment.save().join();

        assertThat(newcomer.id).isNotNull();
        assertThat(Comment.findOneOrThrow(comment.id).join().userId).isEqualTo(newcomer.id);
    }

    @DatabaseTest
    void savingAChildWithANewParent_rollsBackTheParentWhenTheChildFails() {
        User newcomer = new User("Newcomer", 20);
        Comment comment = new Comment("orphan post");
        comment.postId = 999_999L; // no such post: the foreign key refuses the insert
        comment.author(newcomer);

        assertFails(comment.save()).isInstanceOf(StatementFailedException.class);
        assertThat(User.query().whereEq("name", "Newcomer").exists().join()).isFalse();
    }

    @DatabaseTest
    void hasManyAdd_setsTheKeyAndSaves_andUpdatesALoadedList() {
        User loaded = User.findOneOrThrow(bob.id).join();
        assertThat(loaded.posts().join()).isEmpty();
        Post post = new Post("Bob's first");

        User.posts.add(loaded, post).join();

        assertThat(Post.findOneOrThrow(post.id).join().userId).isEqualTo(bob.id);
        assertThat(statements(() -> assertThat(atOnce(loaded.posts())).containsExactly(post))).isZero();
        assertThat(statements(() -> assertThat(atOnce(post.author())).isSameAs(loaded))).isZero();
    }

    @DatabaseTest
    void hasManyRemove_nullifiesTheKey_andUpdatesALoadedList() {
        User loaded = User.findOneOrThrow(ann.id).join();
        Post first = loaded.posts().join().get(0);

        User.posts.remove(loaded, first).join();

        assertThat(Post.findOneOrThrow(first.id).join().userId).isNull();
        assertThat(atOnce(loaded.posts())).extracting(p -> p.title).containsExactly("World");
    }

    @DatabaseTest
    void relationWrites_refuseTheWrongModel() {
        Post post = new Post("x");
        @SuppressWarnings({"unchecked", "rawtypes"})
        AsyncHasMany<Post> raw = (AsyncHasMany) User.comments;

        assertThat(statements(() -> assertFails(raw.add(ann, post)).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("User.comments takes a Comment, not a Post"))).isZero();
        assertThat(post.isNewRecord()).isTrue();
    }

    @DatabaseTest
    void hasManyRemove_dependentDelete_deletesTheChild_whoseKeyCannotBeNull() {
        Order order = new Order();
        order.userId = ann.id;
        order.save().join();
        LineItem item = new LineItem();
        item.sku = "SKU-1";
        Order.items.add(order, item).join();

        Order.items.remove(order, item).join();   // Order.items is dependent(DELETE), as Rails' collection.delete

        assertThat(LineItem.findOne(item.id).join()).isNull();
        assertThat(Order.items.of(order).join()).isEmpty();
    }

    @DatabaseTest
    void belongsToSet_nullIntoAPrimitiveForeignKey_failsClearly_andChangesNothing() {
        Order order = new Order();
        order.userId = ann.id;
        order.save().join();
        LineItem item = new LineItem();
        item.orderId = order.id;
        item.sku = "SKU-1";
        item.save().join();
        Order cached = item.order().join();

        assertThatThrownBy(() -> LineItem.order.set(item, null)).isInstanceOf(ActiveRecordException.class)
                .hasMessage("Cannot set LineItem.order of LineItem id=" + item.id + " to null: LineItem.orderId is a "
                        + "primitive and cannot be null; declare it as Long so that LineItem.order may be null");
        assertThat(item.orderId).isEqualTo(order.id);
        assertThat(item.isDirty()).isFalse();
        assertThat(statements(() -> assertThat(atOnce(item.order())).isSameAs(cached))).isZero();
        item.save().join();
        assertThat(LineItem.findOneOrThrow(item.id).join().orderId).isEqualTo(order.id);
    }

    @DatabaseTest
    void cacheTimeToLive_expiresTheCachedValue() throws InterruptedException {
        Order order = new Order();
        order.userId = ann.id;
        order.save().join();
        LineItem item = new LineItem();
        item.orderId = order.id;
        item.save().join();
        LineItem loaded = LineItem.findOneOrThrow(item.id).join();

        assertThat(statements(() -> loaded.order().join())).isEqualTo(1);
        assertThat(statements(() -> atOnce(loaded.order()))).isZero();
        Thread.sleep(1_200);
        assertThat(loaded.hasCachedRelation("order")).isFalse();
        assertThat(statements(() -> assertThat(loaded.order().join().id).isEqualTo(order.id))).isEqualTo(1);
    }

    // --- dependent ---

    @DatabaseTest
    void dependentRestrict_refusesWithTheNumberOfChildren() {
        for (int i = 0; i < 3; i++) {
            Order order = new Order();
            order.userId = bob.id;
            order.save().join();
        }

        assertFails(bob.delete()).isInstanceOf(ActiveRecordException.class)
                .hasMessage("Cannot delete User id=" + bob.id + ": 3 Order record(s) depend on it through User.orders "
                        + "(dependent RESTRICT)");
        assertThat(User.findOne(bob.id).join()).isNotNull();
    }

    @DatabaseTest
    void dependentDestroyAndDelete_removeChildrenInTheOwnersTransaction() {
        Profile profile = new Profile();
        profile.userId = bob.id;
        profile.save().join();
        Comment bobs = comment(bob, hello, "c1");
        comment(ann, hello, "c2");

        // Bob's comment still points at him and User.comments is not dependent: the database refuses,
        // and the profile that dependent DESTROY had already deleted comes back with the rollback.
        assertFails(bob.delete()).isInstanceOf(StatementFailedException.class);
        assertThat(Profile.query().count().join()).isEqualTo(1L);
        bobs.delete().join();
        bob.delete().join();
        assertThat(Profile.query().count().join()).isZero();

        Comment.query().all().join().forEach(comment -> comment.delete().join());
        comment(ann, hello, "c3");
        hello.delete().join();
        assertThat(Comment.query().count().join()).isZero();
        assertThat(Post.query().count().join()).isEqualTo(1L);
    }

    @DatabaseTest
    void dependentNullify_clearsTheChildrensKeys_selfReferential() {
        Employee boss = saved(employee("Boss", null));
        Employee alice = saved(employee("Alice", boss));
        Employee carl = saved(employee("Carl", boss));

        Employee loadedBoss = Employee.findOneOrThrow(boss.id).join();
        assertThat(loadedBoss.reports().join()).extracting(e -> e.name).containsExactly("Alice", "Carl");
        assertThat(statements(() -> assertThat(atOnce(atOnce(loadedBoss.reports()).get(0).manager())).isSameAs(loadedBoss)))
                .isZero();
        assertThat(Employee.findOneOrThrow(alice.id).thenCompose(Employee::manager).join().name).isEqualTo("Boss");
        assertThat(atOnce(boss.manager())).isNull();

        boss.delete().join();
        assertThat(Employee.findOneOrThrow(carl.id).join().managerId).isNull();
    }

    @DatabaseTest
    void dependentDelete_onThrough_removesJoinRowsOnly() {
        Student sam = saved(student("Sam"));
        Course math = saved(course("Math"));
        Student.courses.add(sam, math).join();

        sam.delete().join();

        assertThat(Enrollment.query().count().join()).isZero();
        assertThat(Course.findOne(math.id).join()).isNotNull();
    }

    // --- relation cache ---

    @DatabaseTest
    void cache_isPerInstance_andClearedBySaveDeleteReloadAndOnRequest() {
        User first = User.findOneOrThrow(ann.id).join();
        User second = User.findOneOrThrow(ann.id).join();
        first.posts().join();
        assertThat(second.hasCachedRelation("posts")).isFalse();

        first.clearRelationCache("posts");
        assertThat(first.hasCachedRelation("posts")).isFalse();
        first.posts().join();
        first.profile().join();
        first.clearAllRelationCaches();
        assertThat(first.hasCachedRelation("posts") || first.hasCachedRelation("profile")).isFalse();

        first.posts().join();
        first.age = 50;
        first.save().join();
        assertThat(first.hasCachedRelation("posts")).isFalse();
        first.posts().join();
        first.reload().join();
        assertThat(first.hasCachedRelation("posts")).isFalse();
    }

    @DatabaseTest
    void cache_unknownRelationName_failsListingTheRelations() {
        assertThatThrownBy(() -> ann.clearRelationCache("postz")).isInstanceOf(RelationNotFoundException.class)
                .hasMessage("Unknown relation 'postz' on User; known relations: comments, orders, posts, profile");
        assertThatThrownBy(() -> ann.hasCachedRelation("postz")).isInstanceOf(RelationNotFoundException.class);
    }

    @DatabaseTest
    void cacheDisabled_queriesOnEveryRead() {
        Country japan = new Country();
        japan.code = "JP";
        japan.name = "Japan";
        japan.save().join();
        City tokyo = new City();
        tokyo.name = "Tokyo";
        tokyo.countryCode = "JP";
        tokyo.save().join();

        assertThat(statements(() -> tokyo.country().join())).isEqualTo(1);
        assertThat(statements(() -> assertThat(tokyo.country().join().name).isEqualTo("Japan"))).isEqualTo(1);
        assertThat(tokyo.hasCachedRelation("country")).isFalse();
    }

    @DatabaseTest
    void stringKeys_withUnicode_work() {
        Country country = new Country();
        country.code = "日本-🗾";
        country.name = "Japan";
        country.save().join();
        City kyoto = new City();
        kyoto.name = "京都";
        kyoto.countryCode = country.code;
        kyoto.save().join();

        assertThat(Country.findOneOrThrow("日本-🗾").thenCompose(Country::cities).join()).extracting(c -> c.name)
                .containsExactly("京都");
        assertThat(City.findOneOrThrow(kyoto.id).thenCompose(City.country::of).join().name).isEqualTo("Japan");
    }

    // --- errors that name the relation type: the sync type, as the sync call's message does (issue 15) ---

    @DatabaseTest
    void nullOwner_failsTheFuture_namingTheRelationTypeAsTheSyncCallDoes() {
        assertThat(statements(() -> {
            assertFails(User.posts.of(null)).isInstanceOf(InvalidArgumentException.class)
                    .hasMessage("A HasMany relation needs an owner record, not null");
            assertFails(Comment.author.of(null)).isInstanceOf(InvalidArgumentException.class)
                    .hasMessage("A BelongsTo relation needs an owner record, not null");
            assertFails(User.profile.of(null)).isInstanceOf(InvalidArgumentException.class)
                    .hasMessage("A HasOne relation needs an owner record, not null");
            assertFails(Student.courses.of(null)).isInstanceOf(InvalidArgumentException.class)
                    .hasMessage("A HasManyThrough relation needs an owner record, not null");
            assertFails(User.posts.add(null, new Post("x"))).isInstanceOf(InvalidArgumentException.class)
                    .hasMessage("A HasMany relation needs an owner record, not null");
        })).isZero();
    }

    @DatabaseTest
    void relationOfAnotherModel_failsTheFuture_namingTheRelationTypeAsTheSyncCallDoes_andTheOwnersRelations() {
        assertThat(statements(() -> assertFails(Comment.author.of(hello)).isInstanceOf(RelationNotFoundException.class)
                .hasMessage("This BelongsTo relation is not declared on Post; its relations: author, comments")))
                .isZero();
    }

    @DatabaseTest
    void relationCalls_insideASyncTransactionBlock_failUnlessAnsweredFromMemory() {
        User loaded = User.findOneOrThrow(ann.id).join();
        List<Post> posts = loaded.posts().join();
        String message = "An async call was made inside a sync transaction block, where its statements would run on "
                + "another thread, outside the transaction; use the sync API inside transaction(...), or "
                + "AsyncActiveRecord.transaction(...) / db.transactionAsync(...) for async work";

        assertThat(statements(() -> org.activerecord4j.ActiveRecord.transaction(() -> {
            assertFails(loaded.profile()).isInstanceOf(ActiveRecordException.class).hasMessage(message);
            assertFails(User.posts.add(loaded, new Post("x"))).isInstanceOf(ActiveRecordException.class).hasMessage(message);
            assertThat(atOnce(loaded.posts())).isSameAs(posts);
        }))).isZero();
        assertThat(Post.query().count().join()).isEqualTo(2L);
    }

    private static Student student(String name) {
        Student student = new Student();
        student.name = name;
        return student;
    }

    private static Course course(String title) {
        Course course = new Course();
        course.title = title;
        return course;
    }

    private static Employee employee(String name, Employee manager) {
        Employee employee = new Employee();
        employee.name = name;
        employee.managerId = manager == null ? null : manager.id;
        return employee;
    }
}
