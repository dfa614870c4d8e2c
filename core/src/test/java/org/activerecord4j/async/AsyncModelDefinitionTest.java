package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.activerecord4j.ActiveRecord;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.RelationDefinitionException;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.models.async.Course;
import org.activerecord4j.models.async.Order;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.Profile;
import org.activerecord4j.models.async.User;
import org.activerecord4j.relation.AsyncBelongsTo;
import org.activerecord4j.relation.AsyncHasMany;
import org.activerecord4j.relation.AsyncHasManyThrough;
import org.activerecord4j.relation.BelongsTo;
import org.activerecord4j.relation.HasMany;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The sync and async front doors stay apart: a model declares the relation types of its own kind, to models of
 * its own kind, and a declaration that mixes them fails on first use of the model, before any SQL, with a
 * {@link RelationDefinitionException} naming the model, the relation and what to use instead. A sync and an
 * async model may map the same table, and then see the same rows.
 */
class AsyncModelDefinitionTest {

    /** An async model declaring a sync BelongsTo. */
    public static class AsyncNoteWithSyncBelongsTo extends AsyncActiveRecord<AsyncNoteWithSyncBelongsTo> {
        public Long id;
        public Long userId;
        public static final BelongsTo<org.activerecord4j.models.User> owner = new BelongsTo<>(foreignKey("user_id"));
    }

    /** An async model declaring a sync HasMany. */
    public static class AsyncBoardWithSyncHasMany extends AsyncActiveRecord<AsyncBoardWithSyncHasMany> {
        public Long id;
        public static final HasMany<org.activerecord4j.models.Post> posts = new HasMany<>(foreignKey("user_id"));
    }

    /** A sync model declaring an AsyncBelongsTo. */
    public static class SyncNoteWithAsyncBelongsTo extends ActiveRecord<SyncNoteWithAsyncBelongsTo> {
        public Long id;
        public Long userId;
        public static final AsyncBelongsTo<User> owner = new AsyncBelongsTo<>(foreignKey("user_id"));
    }

    /** An async model whose AsyncBelongsTo targets a sync model. */
    public static class AsyncNoteWithSyncTarget extends AsyncActiveRecord<AsyncNoteWithSyncTarget> {
        public Long id;
        public Long userId;
        public static final AsyncBelongsTo<User> owner = belongsTo(target(org.activerecord4j.models.User.class),
                foreignKey("user_id"));
    }

    /** An async model whose AsyncHasMany targets a sync model. */
    public static class AsyncBoardWithSyncChildren extends AsyncActiveRecord<AsyncBoardWithSyncChildren> {
        public Long id;
        public static final AsyncHasMany<Post> posts = hasMany(target(org.activerecord4j.models.Post.class),
                foreignKey("user_id"));
    }

    /** An async model whose AsyncHasManyThrough goes through a sync join model. */
    public static class AsyncPupilThroughSyncJoin extends AsyncActiveRecord<AsyncPupilThroughSyncJoin> {
        public Long id;
        public String name;
        public static final AsyncHasManyThrough<Course> courses = hasManyThrough(
                through(org.activerecord4j.models.Enrollment.class), sourceForeignKey("student_id"),
                targetForeignKey("course_id"));
    }

    /** An async model whose AsyncBelongsTo names a foreign key that is not a column. */
    public static class AsyncNoteWithMissingKey extends AsyncActiveRecord<AsyncNoteWithMissingKey> {
        public Long id;
        public static final AsyncBelongsTo<User> owner = belongsTo(foreignKey("owner_id"));
    }

    /** An async model whose AsyncHasMany names an inverse of a kind that cannot pair with it. */
    public static class AsyncBoardWithHasManyInverse extends AsyncActiveRecord<AsyncBoardWithHasManyInverse> {
        public Long id;
        public static final AsyncHasMany<Post> posts = hasMany(foreignKey("user_id"), inverseOf("comments"));
    }

    /** A sync model whose BelongsTo targets an async model. */
    public static class SyncNoteWithAsyncTarget extends ActiveRecord<SyncNoteWithAsyncTarget> {
        public Long id;
        public Long userId;
        public static final BelongsTo<org.activerecord4j.models.User> owner = belongsTo(target(User.class),
                foreignKey("user_id"));
    }

    /** An async model outside the models' package naming its target by a simple name a sync model shares. */
    public static class AsyncMemo extends AsyncActiveRecord<AsyncMemo> {
        public Long id;
        public Long userId;
        public static final AsyncBelongsTo<User> writer = belongsTo(target("User"), foreignKey("user_id"));
    }

    /** The sync twin of {@link AsyncMemo}. */
    public static class SyncMemo extends ActiveRecord<SyncMemo> {
        public Long id;
        public Long userId;
        public static final BelongsTo<org.activerecord4j.models.User> writer = belongsTo(target("User"), foreignKey("user_id"));
    }

    private static void assertRejected(Database database, ThrowingCallable firstUse, String message) {
        assertThat(StatementCounter.count(database, () -> assertThatThrownBy(firstUse)
                .isInstanceOf(RelationDefinitionException.class)
                .hasMessage(message))).isZero();
    }

    /** Asserts that the async call {@code firstUse} makes fails with the message, unwrapped, and runs no SQL. */
    private static void assertFutureRejected(Database database, ThrowingCallable firstUse, String message) {
        assertThat(StatementCounter.count(database, () -> assertThatThrownBy(firstUse)
                .isInstanceOf(java.util.concurrent.CompletionException.class)
                .cause().isInstanceOf(RelationDefinitionException.class)
                .hasMessage(message))).isZero();
    }

    // --- a relation type of the other kind ---

    @DatabaseTest
    void syncBelongsToOnAnAsyncModel_failsOnFirstUse_namingTheAsyncTwin(Database database) {
        String message = "Relation AsyncNoteWithSyncBelongsTo.owner is declared as BelongsTo but AsyncNoteWithSyncBelongsTo "
                + "extends AsyncActiveRecord; declare it as AsyncBelongsTo (the async twin, made by AsyncActiveRecord's "
                + "relation methods), or make AsyncNoteWithSyncBelongsTo extend ActiveRecord";

        assertRejected(database, () -> AsyncActiveRecord.query(AsyncNoteWithSyncBelongsTo.class), message);
        assertFutureRejected(database, () -> AsyncActiveRecord.findOne(AsyncNoteWithSyncBelongsTo.class, 1).join(), message);
        assertFutureRejected(database, () -> new AsyncNoteWithSyncBelongsTo().save().join(), message);
    }

    @DatabaseTest
    void syncHasManyOnAnAsyncModel_failsOnFirstUse_namingTheAsyncTwin(Database database) {
        assertFutureRejected(database, () -> AsyncActiveRecord.findOneOrThrow(AsyncBoardWithSyncHasMany.class, 1).join(),
                "Relation AsyncBoardWithSyncHasMany.posts is declared as HasMany but AsyncBoardWithSyncHasMany extends "
                        + "AsyncActiveRecord; declare it as AsyncHasMany (the async twin, made by AsyncActiveRecord's relation "
                        + "methods), or make AsyncBoardWithSyncHasMany extend ActiveRecord");
    }

    @DatabaseTest
    void asyncBelongsToOnASyncModel_failsOnFirstUse_namingTheSyncTwin(Database database) {
        String message = "Relation SyncNoteWithAsyncBelongsTo.owner is declared as AsyncBelongsTo but SyncNoteWithAsyncBelongsTo "
                + "extends ActiveRecord; declare it as BelongsTo (the sync twin, made by ActiveRecord's relation methods), "
                + "or make SyncNoteWithAsyncBelongsTo extend AsyncActiveRecord";

        assertRejected(database, () -> ActiveRecord.query(SyncNoteWithAsyncBelongsTo.class), message);
        assertRejected(database, () -> ActiveRecord.findOne(SyncNoteWithAsyncBelongsTo.class, 1), message);
    }

    // --- a target or join model of the other kind ---

    @DatabaseTest
    void asyncBelongsToWhoseTargetIsASyncModel_failsOnFirstUse(Database database) {
        String message = "The target User of relation AsyncNoteWithSyncTarget.owner extends ActiveRecord but "
                + "AsyncNoteWithSyncTarget extends AsyncActiveRecord; relations connect models of one kind: use a model "
                + "extending AsyncActiveRecord that maps the same table";

        assertRejected(database, () -> AsyncActiveRecord.query(AsyncNoteWithSyncTarget.class), message);
        assertFutureRejected(database, () -> AsyncActiveRecord.findOne(AsyncNoteWithSyncTarget.class, 1).join(), message);
    }

    @DatabaseTest
    void asyncHasManyWhoseTargetIsASyncModel_failsOnFirstUse(Database database) {
        assertFutureRejected(database, () -> AsyncActiveRecord.findOne(AsyncBoardWithSyncChildren.class, 1).join(),
                "The target Post of relation AsyncBoardWithSyncChildren.posts extends ActiveRecord but "
                        + "AsyncBoardWithSyncChildren extends AsyncActiveRecord; relations connect models of one kind: use a "
                        + "model extending AsyncActiveRecord that maps the same table");
    }

    @DatabaseTest
    void asyncHasManyThroughASyncJoinModel_failsOnFirstUse(Database database) {
        String message = "The join model Enrollment of relation AsyncPupilThroughSyncJoin.courses extends ActiveRecord but "
                + "AsyncPupilThroughSyncJoin extends AsyncActiveRecord; relations connect models of one kind: use a model "
                + "extending AsyncActiveRecord that maps the same table";

        assertRejected(database, () -> AsyncActiveRecord.query(AsyncPupilThroughSyncJoin.class), message);
        assertFutureRejected(database, () -> AsyncActiveRecord.findOne(AsyncPupilThroughSyncJoin.class, 1).join(), message);
    }

    @DatabaseTest
    void syncBelongsToWhoseTargetIsAnAsyncModel_failsOnFirstUse(Database database) {
        assertRejected(database, () -> ActiveRecord.query(SyncNoteWithAsyncTarget.class),
                "The target User of relation SyncNoteWithAsyncTarget.owner extends AsyncActiveRecord but "
                        + "SyncNoteWithAsyncTarget extends ActiveRecord; relations connect models of one kind: use a model "
                        + "extending ActiveRecord that maps the same table");
    }

    // --- definition errors of async relations name the async types ---

    @DatabaseTest
    void definitionErrorsOfAsyncRelations_nameTheAsyncTypes(Database database) {
        assertFutureRejected(database, () -> AsyncActiveRecord.findOne(AsyncNoteWithMissingKey.class, 1).join(),
                "The foreign key 'owner_id' of relation AsyncNoteWithMissingKey.owner (AsyncBelongsTo) is not a column of "
                        + "AsyncNoteWithMissingKey (table async_note_with_missing_keys); its columns: id");
        assertFutureRejected(database, () -> AsyncActiveRecord.findOne(AsyncBoardWithHasManyInverse.class, 1).join(),
                "The inverse 'comments' of relation AsyncBoardWithHasManyInverse.posts (AsyncHasMany) is Post.comments "
                        + "(AsyncHasMany), which cannot pair with a AsyncHasMany; a AsyncHasMany pairs with a AsyncBelongsTo");
    }

    @DatabaseTest
    void everyMixingFailure_isRepeatedOnLaterUse(Database database) {
        assertThatThrownBy(() -> AsyncActiveRecord.query(AsyncNoteWithSyncBelongsTo.class))
                .isInstanceOf(RelationDefinitionException.class);
        assertThatThrownBy(() -> AsyncActiveRecord.query(AsyncNoteWithSyncBelongsTo.class))
                .isInstanceOf(RelationDefinitionException.class);
        assertThatThrownBy(() -> AsyncActiveRecord.query(AsyncNoteWithSyncTarget.class))
                .isInstanceOf(RelationDefinitionException.class);
        assertThatThrownBy(() -> AsyncActiveRecord.query(AsyncNoteWithSyncTarget.class))
                .isInstanceOf(RelationDefinitionException.class);
    }

    // --- a target named by string ---

    @DatabaseTest
    void targetNamedByString_resolvesToTheModelOfTheOwnersKind_whicheverTwinWasUsedFirst(Database database) {
        TestSchema.recreate(database, User.class);
        org.activerecord4j.models.User.query();
        User.query();
        User ann = new User("Ann", 31).save().join();
        AsyncMemo asyncMemo = new AsyncMemo();
        asyncMemo.userId = ann.id;
        SyncMemo syncMemo = new SyncMemo();
        syncMemo.userId = ann.id;

        assertThat(AsyncMemo.writer.of(asyncMemo).join()).isInstanceOf(User.class).extracting(user -> user.name)
                .isEqualTo("Ann");
        assertThat(SyncMemo.writer.of(syncMemo)).isInstanceOf(org.activerecord4j.models.User.class)
                .extracting(user -> user.name).isEqualTo("Ann");
    }

    // --- one table, two kinds of model ---

    @DatabaseTest
    void syncAndAsyncModelsOfOneTable_readWhatTheOtherWrote_andCountTheSameRows(Database database) {
        TestSchema.recreate(database, User.class, Post.class);
        org.activerecord4j.models.User ann = new org.activerecord4j.models.User("Ann", 31);
        ann.save();
        User bob = new User("Bob", 40).save().join();
        Post hello = new Post("Hello");
        hello.userId = ann.id;
        hello.save().join();
        org.activerecord4j.models.Post world = new org.activerecord4j.models.Post("World");
        world.userId = bob.id;
        world.save();

        assertThat(User.findOneOrThrow(ann.id).join().name).isEqualTo("Ann");
        assertThat(org.activerecord4j.models.User.findOneOrThrow(bob.id).name).isEqualTo("Bob");
        assertThat(User.query().count().join()).isEqualTo(org.activerecord4j.models.User.query().count()).isEqualTo(2L);
        assertThat(Post.query().count().join()).isEqualTo(org.activerecord4j.models.Post.query().count()).isEqualTo(2L);
        assertThat(User.findOneOrThrow(ann.id).thenCompose(User::posts).join()).extracting(p -> p.title)
                .containsExactly("Hello");
        assertThat(org.activerecord4j.models.User.findOneOrThrow(bob.id).posts()).extracting(p -> p.title)
                .containsExactly("World");
    }

    @DatabaseTest
    void syncAndAsyncModelsOfOneTable_seeEachOthersUpdatesAndDeletes(Database database) {
        TestSchema.recreate(database, User.class, Profile.class, Order.class);  // a user's delete looks at its dependents
        org.activerecord4j.models.User ann = new org.activerecord4j.models.User("Ann", 31);
        ann.save();
        User asyncAnn = User.findOneOrThrow(ann.id).join();

        asyncAnn.age = 32;
        asyncAnn.save().join();
        ann.reload();
        assertThat(ann.age).isEqualTo(32);

        ann.name = "Anne";
        ann.save();
        assertThat(asyncAnn.reload().join().name).isEqualTo("Anne");

        asyncAnn.delete().join();
        assertThat(org.activerecord4j.models.User.findOne(ann.id)).isNull();
        assertThat(org.activerecord4j.models.User.query().count()).isZero();
        assertThat(User.query().count().join()).isZero();
    }
}
