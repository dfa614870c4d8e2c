package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.activerecord4j.models.City;
import org.activerecord4j.models.Comment;
import org.activerecord4j.models.Country;
import org.activerecord4j.models.Course;
import org.activerecord4j.models.Employee;
import org.activerecord4j.models.Enrollment;
import org.activerecord4j.models.LineItem;
import org.activerecord4j.models.Order;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.Profile;
import org.activerecord4j.models.Student;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

class RelationshipTest {

    private Database database;
    private User ann;
    private User bob;
    private Post hello;
    private Post world;

    @BeforeEach
    void data(Database database) {
        this.database = database;
        TestSchema.recreate(database, User.class, Post.class, Comment.class, Profile.class, Order.class, LineItem.class,
                Student.class, Course.class, Enrollment.class, Employee.class, Country.class, City.class);
        ann = saved(new User("Ann", 31));
        bob = saved(new User("Bob", 40));
        hello = post(ann, "Hello");
        world = post(ann, "World");
    }

    private static <T extends ActiveRecord<T>> T saved(T record) {
        record.save();
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

    // --- BelongsTo ---

    @DatabaseTest
    void belongsTo_firstReadQueriesOnce_repeatedReadReturnsTheSameInstanceWithNoQuery() {
        Comment comment = Comment.findOneOrThrow(comment(bob, hello, "hi").id);
        User[] first = new User[1];

        assertThat(statements(() -> first[0] = comment.author())).isEqualTo(1);
        assertThat(first[0].name).isEqualTo("Bob");
        assertThat(statements(() -> assertThat(comment.author()).isSameAs(first[0]))).isZero();
        assertThat(comment.hasCachedRelation("author")).isTrue();
    }

    @DatabaseTest
    void belongsTo_nullKey_returnsNullWithNoQuery() {
        Comment anonymous = Comment.findOneOrThrow(comment(null, hello, "anonymous").id);

        assertThat(statements(() -> assertThat(anonymous.author()).isNull())).isZero();
    }

    @DatabaseTest
    void belongsTo_orphanKey_returnsNull_andCachesIt() {
        Comment orphan = new Comment("not saved");
        orphan.userId = 987_654L;

        assertThat(statements(() -> assertThat(orphan.author()).isNull())).isEqualTo(1);
        assertThat(statements(() -> assertThat(orphan.author()).isNull())).isZero();
    }

    @DatabaseTest
    void belongsTo_targetNamedByString_resolves_andTableNamedByKeywordWorks() {
        Order order = new Order();
        order.userId = bob.id;
        order.total = new BigDecimal("12.50");
        order.status = "paid";
        order.save();

        assertThat(Order.findOneOrThrow(order.id).customer().name).isEqualTo("Bob");
        assertThat(bob.orders()).extracting(o -> o.total).containsExactly(new BigDecimal("12.50"));
    }

    // --- HasMany ---

    @DatabaseTest
    void hasMany_readsChildrenByKey_onceThenFromCache() {
        User loaded = User.findOneOrThrow(ann.id);
        List<Post> posts = loaded.posts();

        assertThat(posts).extracting(post -> post.title).containsExactly("Hello", "World");
        assertThat(statements(() -> assertThat(loaded.posts()).isSameAs(posts))).isZero();
        assertThatThrownBy(() -> posts.add(new Post("sneaky"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @DatabaseTest
    void hasMany_fillsTheInverseFromMemory_soEachChildsParentIsTheSameInstance() {
        User loaded = User.findOneOrThrow(ann.id);
        List<Post> posts = loaded.posts();

        assertThat(statements(() -> posts.forEach(post -> assertThat(post.author()).isSameAs(loaded)))).isZero();
    }

    @DatabaseTest
    void hasMany_parentWithNoChildren_cachesAnEmptyList() {
        User loaded = User.findOneOrThrow(bob.id);

        assertThat(statements(() -> assertThat(loaded.posts()).isEmpty())).isEqualTo(1);
        assertThat(statements(() -> assertThat(loaded.posts()).isEmpty())).isZero();
    }

    @DatabaseTest
    void hasMany_declaredOrder_isUsed() {
        Comment first = comment(bob, hello, "first");
        Comment second = comment(ann, hello, "second");

        assertThat(Post.findOneOrThrow(hello.id).comments()).extracting(c -> c.id).containsExactly(second.id, first.id);
    }

    @DatabaseTest
    void hasMany_query_filtersCountsAndPages() {
        post(ann, "Third");

        assertThat(User.posts.query(ann).count()).isEqualTo(3);
        assertThat(User.posts.query(ann).where(Post.c.title.startsWith("W")).one().title).isEqualTo("World");
        assertThat(User.posts.query(ann).limit(1).offset(1).all()).extracting(p -> p.title).containsExactly("World");
        assertThat(User.posts.query(bob).count()).isZero();
    }

    @DatabaseTest
    void relationQuery_orderBy_sortsFirst_withTheRelationsOrderBreakingTies_asAWithFilterDoes() {
        post(ann, "Third");

        assertThat(User.posts.query(ann).orderBy(Post.c.title.desc()).all()).extracting(p -> p.title)
                .containsExactly("World", "Third", "Hello");
        assertThat(User.posts.query(ann).orderBy(Post.c.title.asc()).first().title).isEqualTo("Hello");
        assertThat(User.posts.query(ann).orderBy("title DESC").limit(2).all()).extracting(p -> p.title)
                .containsExactly("World", "Third");
        assertThat(User.query().with("posts", q -> q.orderBy(Post.c.title.desc()).limit(2)).all().get(0).posts())
                .extracting(p -> p.title).containsExactly("World", "Third");
        // Without an order of its own, the query keeps the relation's: by key, or as declared (comments: id DESC).
        assertThat(User.posts.query(ann).first().title).isEqualTo("Hello");
        Comment older = comment(ann, hello, "older");
        Comment newer = comment(ann, hello, "newer");
        assertThat(Post.comments.query(hello).all()).extracting(c -> c.id).containsExactly(newer.id, older.id);
        assertThat(Post.comments.query(hello).first().id).isEqualTo(newer.id);
        assertThat(Post.comments.query(hello).orderBy(Comment.c.content.asc()).first().id).isEqualTo(newer.id);
    }

    // --- HasOne ---

    @DatabaseTest
    void hasOne_returnsTheRow_orNull_andFillsTheInverse() {
        Profile profile = new Profile();
        profile.userId = ann.id;
        profile.bio = "hello";
        profile.save();
        User loaded = User.findOneOrThrow(ann.id);

        Profile read = loaded.profile();
        assertThat(read.bio).isEqualTo("hello");
        assertThat(statements(() -> assertThat(read.owner()).isSameAs(loaded))).isZero();
        assertThat(statements(() -> assertThat(User.findOneOrThrow(bob.id).profile()).isNull())).isEqualTo(2);
    }

    @DatabaseTest
    void hasOne_twoMatches_returnsTheLowestKey_everyTime() {
        Profile[] profiles = new Profile[2];
        for (int i = 0; i < 2; i++) {
            profiles[i] = new Profile();
            profiles[i].userId = ann.id;
            profiles[i].bio = "profile " + i;
            profiles[i].save();
        }
        for (int round = 0; round < 5; round++) {
            assertThat(User.findOneOrThrow(ann.id).profile().id).isEqualTo(profiles[0].id);
        }
    }

    // --- HasManyThrough ---

    @DatabaseTest
    void hasManyThrough_readsThroughTheJoinTable_inOneQuery() {
        Student sam = saved(student("Sam"));
        Course math = saved(course("Math"));
        Course art = saved(course("Art"));
        saved(course("Unrelated"));
        Student.courses.add(sam, art);
        Student.courses.add(sam, math);
        Student loaded = Student.findOneOrThrow(sam.id);

        assertThat(statements(() -> assertThat(loaded.courses()).extracting(c -> c.title).containsExactly("Math", "Art")))
                .isEqualTo(1);
        assertThat(statements(loaded::courses)).isZero();
        assertThat(Student.courses.query(loaded).where(Course.c.title.eq("Art")).count()).isEqualTo(1);
    }

    @DatabaseTest
    void hasManyThrough_declaredOrder_andReverseDirection() {
        Course math = saved(course("Math"));
        Student zoe = saved(student("Zoe"));
        Student abe = saved(student("Abe"));
        Student.courses.add(zoe, math);
        Student.courses.add(abe, math);

        assertThat(Course.findOneOrThrow(math.id).students()).extracting(s -> s.name).containsExactly("Abe", "Zoe");
    }

    @DatabaseTest
    void hasManyThrough_addingAnExistingPair_addsNoSecondRow_andRemoveDeletesIt() {
        Student sam = saved(student("Sam"));
        Course math = saved(course("Math"));

        Student.courses.add(sam, math);
        Student.courses.add(sam, math);
        assertThat(Enrollment.query().count()).isEqualTo(1);

        Student.courses.remove(sam, math);
        assertThat(Enrollment.query().count()).isZero();
        assertThat(Student.findOneOrThrow(sam.id).courses()).isEmpty();
    }

    @DatabaseTest
    void hasManyThrough_addUpdatesALoadedList_andSavesNewRecords() {
        Student sam = saved(student("Sam"));
        assertThat(sam.courses()).isEmpty();
        Course fresh = course("Fresh");

        Student.courses.add(sam, fresh);

        assertThat(fresh.id).isNotNull();
        assertThat(statements(() -> assertThat(sam.courses()).containsExactly(fresh))).isZero();
    }

    @DatabaseTest
    void joinRowPointingAtADeletedCourse_isRefusedByEveryDatabase_becauseAllThreeEnforceForeignKeys() {
        Student sam = saved(student("Sam"));
        Course math = saved(course("Math"));
        Student.courses.add(sam, math);

        // SQLite (foreign_keys=on), PostgreSQL and MariaDB (InnoDB) all refuse to orphan the join row.
        assertThatThrownBy(math::delete).isInstanceOf(StatementFailedException.class);
        assertThat(Student.findOneOrThrow(sam.id).courses()).extracting(c -> c.title).containsExactly("Math");
    }

    // --- Writing ---

    @DatabaseTest
    void assigningAParent_setsTheKey_andCachesIt() {
        Comment comment = new Comment("assigned");
        comment.postId = hello.id;

        comment.author(bob);

        assertThat(comment.userId).isEqualTo(bob.id);
        assertThat(statements(() -> assertThat(comment.author()).isSameAs(bob))).isZero();
        comment.author(null);
        assertThat(comment.userId).isNull();
    }

    @DatabaseTest
    void savingAChildWithANewParent_savesTheParentFirst_inOneTransaction() {
        User newcomer = new User("Newcomer", 20);
        Comment comment = new Comment("first words");
        comment.postId = hello.id;
        comment.author(newcomer);

        comment.save();

        assertThat(newcomer.id).isNotNull();
        assertThat(Comment.findOneOrThrow(comment.id).userId).isEqualTo(newcomer.id);
    }

    @DatabaseTest
    void savingAChildWithANewParent_rollsBackTheParentWhenTheChildFails() {
        User newcomer = new User("Newcomer", 20);
        Comment comment = new Comment("orphan post");
        comment.postId = 999_999L; // no such post: the foreign key refuses the insert
        comment.author(newcomer);

        assertThatThrownBy(comment::save).isInstanceOf(StatementFailedException.class);
        assertThat(User.query().where(User.c.name.eq("Newcomer")).exists()).isFalse();
    }

    @DatabaseTest
    void hasManyAdd_setsTheKeyAndSaves_andUpdatesALoadedList() {
        User loaded = User.findOneOrThrow(bob.id);
        assertThat(loaded.posts()).isEmpty();
        Post post = new Post("Bob's first");

        User.posts.add(loaded, post);

        assertThat(Post.findOneOrThrow(post.id).userId).isEqualTo(bob.id);
        assertThat(statements(() -> assertThat(loaded.posts()).containsExactly(post))).isZero();
        assertThat(statements(() -> assertThat(post.author()).isSameAs(loaded))).isZero();
    }

    @DatabaseTest
    void hasManyRemove_nullifiesTheKey_andUpdatesALoadedList() {
        User loaded = User.findOneOrThrow(ann.id);
        Post first = loaded.posts().get(0);

        User.posts.remove(loaded, first);

        assertThat(Post.findOneOrThrow(first.id).userId).isNull();
        assertThat(loaded.posts()).extracting(p -> p.title).containsExactly("World");
    }

    @DatabaseTest
    void relationWrites_refuseTheWrongModel() {
        Post post = new Post("x");
        @SuppressWarnings({"unchecked", "rawtypes"})
        org.activerecord4j.relation.HasMany<Post> raw = (org.activerecord4j.relation.HasMany) User.comments;

        assertThatThrownBy(() -> raw.add(ann, post)).hasMessage("User.comments takes a Comment, not a Post");
    }

    @DatabaseTest
    void hasManyRemove_dependentDelete_deletesTheChild_whoseKeyCannotBeNull() {
        Order order = new Order();
        order.userId = ann.id;
        order.save();
        LineItem item = new LineItem();
        item.sku = "SKU-1";
        Order.items.add(order, item);

        Order.items.remove(order, item);   // Order.items is dependent(DELETE), as Rails' collection.delete

        assertThat(LineItem.findOne(item.id)).isNull();
        assertThat(Order.items.of(order)).isEmpty();
    }

    @DatabaseTest
    void belongsToSet_nullIntoAPrimitiveForeignKey_failsClearly_andChangesNothing() {
        Order order = new Order();
        order.userId = ann.id;
        order.save();
        LineItem item = new LineItem();
        item.orderId = order.id;
        item.sku = "SKU-1";
        item.save();
        Order cached = item.order();

        assertThatThrownBy(() -> LineItem.order.set(item, null)).isInstanceOf(ActiveRecordException.class)
                .hasMessage("Cannot set LineItem.order of LineItem id=" + item.id + " to null: LineItem.orderId is a "
                        + "primitive and cannot be null; declare it as Long so that LineItem.order may be null");
        assertThat(item.orderId).isEqualTo(order.id);
        assertThat(item.isDirty()).isFalse();
        assertThat(statements(() -> assertThat(item.order()).isSameAs(cached))).isZero();
        item.save();
        assertThat(LineItem.findOneOrThrow(item.id).orderId).isEqualTo(order.id);
    }

    @DatabaseTest
    void cacheTimeToLive_expiresTheCachedValue() throws InterruptedException {
        Order order = new Order();
        order.userId = ann.id;
        order.save();
        LineItem item = new LineItem();
        item.orderId = order.id;
        item.save();
        LineItem loaded = LineItem.findOneOrThrow(item.id);

        assertThat(statements(loaded::order)).isEqualTo(1);
        assertThat(statements(loaded::order)).isZero();
        Thread.sleep(1_200);
        assertThat(loaded.hasCachedRelation("order")).isFalse();
        assertThat(statements(loaded::order)).isEqualTo(1);
    }

    // --- dependent ---

    @DatabaseTest
    void dependentRestrict_refusesWithTheNumberOfChildren() {
        for (int i = 0; i < 3; i++) {
            Order order = new Order();
            order.userId = bob.id;
            order.save();
        }

        assertThatThrownBy(bob::delete).isInstanceOf(ActiveRecordException.class)
                .hasMessage("Cannot delete User id=" + bob.id + ": 3 Order record(s) depend on it through User.orders "
                        + "(dependent RESTRICT)");
        assertThat(User.findOne(bob.id)).isNotNull();
    }

    @DatabaseTest
    void dependentDestroyAndDelete_removeChildrenInTheOwnersTransaction() {
        Profile profile = new Profile();
        profile.userId = bob.id;
        profile.save();
        Comment bobs = comment(bob, hello, "c1");
        comment(ann, hello, "c2");

        // Bob's comment still points at him and User.comments is not dependent: the database refuses,
        // and the profile that dependent DESTROY had already deleted comes back with the rollback.
        assertThatThrownBy(bob::delete).isInstanceOf(StatementFailedException.class);
        assertThat(Profile.query().count()).isEqualTo(1);
        bobs.delete();
        bob.delete();
        assertThat(Profile.query().count()).isZero();

        Comment.query().all().forEach(Comment::delete);
        comment(ann, hello, "c3");
        hello.delete();
        assertThat(Comment.query().count()).isZero();
        assertThat(Post.query().count()).isEqualTo(1);
    }

    @DatabaseTest
    void dependentDestroy_deletesTheChildInstanceTheOwnerHolds_notACopyOfIt() {
        Profile profile = new Profile();
        profile.userId = bob.id;
        profile.save();
        User loaded = User.findOneOrThrow(bob.id);
        Profile held = loaded.profile();

        loaded.delete();

        assertThat(Profile.query().count()).isZero();
        assertThat(held.isNewRecord()).isFalse();
        assertThatThrownBy(held::delete).isInstanceOf(ActiveRecordException.class)
                .hasMessage("Cannot delete Profile: it was already deleted");
    }

    @DatabaseTest
    void dependentDestroy_ofAHeldChild_inAnOwnersDeleteThatFails_leavesThatChildUndeleted() {
        Profile profile = new Profile();
        profile.userId = bob.id;
        profile.save();
        comment(bob, hello, "blocks Bob's delete");
        User loaded = User.findOneOrThrow(bob.id);
        Profile held = loaded.profile();

        assertThatThrownBy(loaded::delete).isInstanceOf(StatementFailedException.class);

        held.delete(); // restored by the rollback: still a record with a row
        assertThat(Profile.query().count()).isZero();
    }

    @DatabaseTest
    void dependentNullify_clearsTheChildrensKeys_selfReferential() {
        Employee boss = saved(employee("Boss", null));
        Employee alice = saved(employee("Alice", boss));
        Employee carl = saved(employee("Carl", boss));

        Employee loadedBoss = Employee.findOneOrThrow(boss.id);
        assertThat(loadedBoss.reports()).extracting(e -> e.name).containsExactly("Alice", "Carl");
        assertThat(statements(() -> assertThat(loadedBoss.reports().get(0).manager()).isSameAs(loadedBoss))).isZero();
        assertThat(Employee.findOneOrThrow(alice.id).manager().name).isEqualTo("Boss");
        assertThat(boss.manager()).isNull();

        boss.delete();
        assertThat(Employee.findOneOrThrow(carl.id).managerId).isNull();
    }

    @DatabaseTest
    void saveAll_aNewManagerListedBeforeANewReportAssignedToIt_getsOneRow() {
        Employee boss = employee("Boss", null);
        Employee alice = employee("Alice", null);
        Employee.manager.set(alice, boss);        // saving Alice saves her new manager first

        ActiveRecord.saveAll(List.of(boss, alice));

        assertThat(Employee.query().count()).isEqualTo(2);
        assertThat(Employee.findOneOrThrow(alice.id).managerId).isEqualTo(boss.id);
        assertThat(Employee.findOneOrThrow(boss.id).name).isEqualTo("Boss");
        assertThat(boss.isDirty()).isFalse();
    }

    @DatabaseTest
    void saveAll_aNewParentListedBeforeItsNewChild_givesTheChildItsKey() {
        User cid = new User("Cid", 22);
        Post draft = new Post("Draft");
        draft.author(cid);                       // Cid has no key yet

        ActiveRecord.saveAll(List.of(cid, draft));

        assertThat(draft.userId).isEqualTo(cid.id).isNotNull();
        assertThat(Post.findOneOrThrow(draft.id).userId).isEqualTo(cid.id);
        assertThat(User.query().count()).isEqualTo(3);   // Ann and Bob, then Cid once
        assertThat(draft.isDirty()).isFalse();
    }

    @DatabaseTest
    void parentAssignedBeforeItHadAKey_andSavedOnItsOwn_givesTheChildItsKeyWhenTheChildIsSaved() {
        User cid = new User("Cid", 22);
        Post draft = new Post("Draft");
        draft.author(cid);

        cid.save();
        draft.save();

        assertThat(Post.findOneOrThrow(draft.id).userId).isEqualTo(cid.id).isNotNull();
        assertThat(Post.findOneOrThrow(draft.id).author().name).isEqualTo("Cid");
        assertThat(User.query().count()).isEqualTo(3);
    }

    @DatabaseTest
    void dependentDelete_onThrough_removesJoinRowsOnly() {
        Student sam = saved(student("Sam"));
        Course math = saved(course("Math"));
        Student.courses.add(sam, math);

        sam.delete();

        assertThat(Enrollment.query().count()).isZero();
        assertThat(Course.findOne(math.id)).isNotNull();
    }

    // --- relation cache ---

    @DatabaseTest
    void cache_isPerInstance_andClearedBySaveDeleteReloadAndOnRequest() {
        User first = User.findOneOrThrow(ann.id);
        User second = User.findOneOrThrow(ann.id);
        first.posts();
        assertThat(second.hasCachedRelation("posts")).isFalse();

        first.clearRelationCache("posts");
        assertThat(first.hasCachedRelation("posts")).isFalse();
        first.posts();
        first.profile();
        first.clearAllRelationCaches();
        assertThat(first.hasCachedRelation("posts") || first.hasCachedRelation("profile")).isFalse();

        first.posts();
        first.age = 50;
        first.save();
        assertThat(first.hasCachedRelation("posts")).isFalse();
        first.posts();
        first.reload();
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
        japan.save();
        City tokyo = new City();
        tokyo.name = "Tokyo";
        tokyo.countryCode = "JP";
        tokyo.save();

        assertThat(statements(() -> tokyo.country())).isEqualTo(1);
        assertThat(statements(() -> tokyo.country())).isEqualTo(1);
        assertThat(tokyo.hasCachedRelation("country")).isFalse();
    }

    @DatabaseTest
    void stringKeys_withUnicode_work() {
        Country country = new Country();
        country.code = "日本-🗾";
        country.name = "Japan";
        country.save();
        City kyoto = new City();
        kyoto.name = "京都";
        kyoto.countryCode = country.code;
        kyoto.save();

        assertThat(Country.findOneOrThrow("日本-🗾").cities()).extracting(c -> c.name).containsExactly("京都");
        assertThat(City.country.of(City.findOneOrThrow(kyoto.id)).name).isEqualTo("Japan");
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
