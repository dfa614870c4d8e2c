package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletionException;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.RecordNotFoundException;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.models.async.Comment;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;

class AsyncSmokeTest {

    @DatabaseTest
    void saveFindRelationsEagerAndTransactions(Database database) {
        TestSchema.recreate(database, User.class, Post.class, Comment.class);
        User ann = new User("Ann", 31);
        assertThat(ann.save().join()).isSameAs(ann);
        assertThat(ann.id).isNotNull();
        Post post = new Post("Hello");
        post.userId = ann.id;
        post.save().join();

        User loaded = User.findOneOrThrow(ann.id).join();
        StatementCounter counter = StatementCounter.start(database);
        List<Post> posts = loaded.posts().join();
        assertThat(posts).extracting(p -> p.title).containsExactly("Hello");
        assertThat(loaded.posts().isDone()).isTrue();
        assertThat(loaded.posts().join()).isSameAs(posts);
        assertThat(posts.get(0).author().join()).isSameAs(loaded);
        assertThat(counter.count()).isEqualTo(1);

        List<User> users = User.query().with("posts").all().join();
        assertThat(users.get(0).hasCachedRelation("posts")).isTrue();

        assertThatThrownBy(() -> User.findOneOrThrow(-1L).join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(RecordNotFoundException.class);

        User bob = new User("Bob", 40);
        Post bobs = new Post("Bob's");
        assertThatThrownBy(() -> AsyncActiveRecord.transaction(() -> bob.save()
                .thenCompose(saved -> {
                    bobs.userId = saved.id;
                    return bobs.save();
                })
                .thenApply(saved -> {
                    throw new IllegalStateException("boom");
                })).join()).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(bob.isNewRecord()).isTrue();
        assertThat(bob.id).isNull();
        assertThat(User.query().count().join()).isEqualTo(1L);

        User carl = AsyncActiveRecord.transaction(() -> new User("Carl", 20).save()
                .thenCompose(saved -> {
                    Post p = new Post("Carl's");
                    p.userId = saved.id;
                    return p.save().thenApply(x -> saved);
                })).join();
        assertThat(carl.id).isNotNull();
        assertThat(Post.query().count().join()).isEqualTo(2L);
    }
}
