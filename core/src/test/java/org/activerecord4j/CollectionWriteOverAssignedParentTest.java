package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.activerecord4j.models.Comment;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.Profile;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@code User.posts.add(ann, post)} and {@code User.posts.remove(ann, post)} write the post's foreign key, whatever
 * parent was assigned to the post before ({@code post.author(newcomer)}, not yet saved). Before the fix the save that
 * add (or remove) issues saved that other parent too and copied its key over the one just set: the row went to the
 * newcomer, whom nobody asked to save, while Ann's loaded list and {@code post.author()} said Ann. Rails' {@code <<}
 * sets the inverse to the owner, so the owner's key is the one written; its {@code delete} nullifies the key.
 */
class CollectionWriteOverAssignedParentTest {

    private User ann;

    @BeforeEach
    void data(Database database) {
        TestSchema.recreate(database, User.class, Post.class, Comment.class, Profile.class);
        ann = new User("Ann", 31);
        ann.save();
    }

    @DatabaseTest
    void hasManyAdd_ofAChildAssignedANewParent_writesTheOwnersKey_andLeavesThatParentUnsaved() {
        User loaded = User.findOneOrThrow(ann.id);
        assertThat(loaded.posts()).isEmpty();
        User newcomer = new User("Newcomer", 20);
        Post post = new Post("Hello");
        post.author(newcomer);

        User.posts.add(loaded, post);

        assertThat(Post.findOneOrThrow(post.id).userId).isEqualTo(ann.id);
        assertThat(post.userId).isEqualTo(ann.id);
        assertThat(post.author()).isSameAs(loaded);
        assertThat(loaded.posts()).containsExactly(post);
        assertThat(newcomer.isNewRecord()).isTrue();
        assertThat(User.query().count()).isEqualTo(1);
    }

    @DatabaseTest
    void hasManyAdd_ofAChildAssignedAParentSavedSince_writesTheOwnersKey() {
        User newcomer = new User("Newcomer", 20);
        Post post = new Post("Hello");
        post.author(newcomer);
        newcomer.save();

        User.posts.add(ann, post);

        assertThat(Post.findOneOrThrow(post.id).userId).isEqualTo(ann.id);
        assertThat(post.userId).isEqualTo(ann.id);
        assertThat(post.author().id).isEqualTo(ann.id);
        assertThat(User.findOneOrThrow(newcomer.id).posts()).isEmpty();
    }

    @DatabaseTest
    void hasManyRemove_ofAChildAssignedANewParent_nullifiesItsKey_andLeavesThatParentUnsaved() {
        Post post = new Post("Hello");
        post.userId = ann.id;
        post.save();
        User loaded = User.findOneOrThrow(ann.id);
        Post listed = loaded.posts().get(0);
        User newcomer = new User("Newcomer", 20);
        listed.author(newcomer);

        User.posts.remove(loaded, listed);

        assertThat(Post.findOneOrThrow(post.id).userId).isNull();
        assertThat(listed.userId).isNull();
        assertThat(listed.author()).isNull();
        assertThat(loaded.posts()).isEmpty();
        assertThat(newcomer.isNewRecord()).isTrue();
        assertThat(User.query().count()).isEqualTo(1);
    }

    // --- the async twins ---

    @DatabaseTest
    void async_hasManyAdd_ofAChildAssignedANewParent_writesTheOwnersKey_andLeavesThatParentUnsaved() {
        var loaded = org.activerecord4j.models.async.User.findOne(ann.id).join();
        assertThat(loaded.posts().join()).isEmpty();
        var newcomer = new org.activerecord4j.models.async.User("Newcomer", 20);
        var post = new org.activerecord4j.models.async.Post("Hello");
        post.author(newcomer);

        org.activerecord4j.models.async.User.posts.add(loaded, post).join();

        assertThat(Post.findOneOrThrow(post.id).userId).isEqualTo(ann.id);
        assertThat(post.userId).isEqualTo(ann.id);
        assertThat(post.author().join()).isSameAs(loaded);
        assertThat(loaded.posts().join()).containsExactly(post);
        assertThat(newcomer.isNewRecord()).isTrue();
        assertThat(User.query().count()).isEqualTo(1);
    }

    @DatabaseTest
    void async_hasManyAdd_ofAChildAssignedAParentSavedSince_writesTheOwnersKey() {
        var owner = org.activerecord4j.models.async.User.findOne(ann.id).join();
        var newcomer = new org.activerecord4j.models.async.User("Newcomer", 20);
        var post = new org.activerecord4j.models.async.Post("Hello");
        post.author(newcomer);
        newcomer.save().join();

        org.activerecord4j.models.async.User.posts.add(owner, post).join();

        assertThat(Post.findOneOrThrow(post.id).userId).isEqualTo(ann.id);
        assertThat(post.userId).isEqualTo(ann.id);
        assertThat(post.author().join().id).isEqualTo(ann.id);
        assertThat(User.findOneOrThrow(newcomer.id).posts()).isEmpty();
    }

    @DatabaseTest
    void async_hasManyRemove_ofAChildAssignedANewParent_nullifiesItsKey_andLeavesThatParentUnsaved() {
        Post post = new Post("Hello");
        post.userId = ann.id;
        post.save();
        var loaded = org.activerecord4j.models.async.User.findOne(ann.id).join();
        var listed = loaded.posts().join().get(0);
        var newcomer = new org.activerecord4j.models.async.User("Newcomer", 20);
        listed.author(newcomer);

        org.activerecord4j.models.async.User.posts.remove(loaded, listed).join();

        assertThat(Post.findOneOrThrow(post.id).userId).isNull();
        assertThat(listed.userId).isNull();
        assertThat(listed.author().join()).isNull();
        assertThat(loaded.posts().join()).isEmpty();
        assertThat(newcomer.isNewRecord()).isTrue();
        assertThat(User.query().count()).isEqualTo(1);
    }
}
