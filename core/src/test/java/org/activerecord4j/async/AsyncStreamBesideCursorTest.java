package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.Database;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestSchema;

/**
 * A stream's subscriber that reads a relation of each record before it asks for the next one: as with a sync
 * stream's consumer, the read runs beside the stream's cursor, so even a pool of one connection finishes.
 */
class AsyncStreamBesideCursorTest {

    @DatabaseTest
    void subscriberReadsARelationPerRecordBeforeRequestingMore_onAPoolOfOne(TestDatabases.Kind kind) throws Exception {
        try (Database database = TestDatabases.builder(kind).maximumPoolSize(1).build()) {
            TestSchema.recreate(database, User.class, Post.class);
            database.bind(User.class).bind(Post.class);
            for (int i = 0; i < 3; i++) {
                User user = new User("u" + i, 1).save().join();
                Post post = new Post("p" + i);
                post.userId = user.id;
                post.save().join();
            }
            List<String> titles = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> done = new CompletableFuture<>();
            StatementCounter counter = StatementCounter.start(database);
            User.query().orderBy("id").stream(1).subscribe(new Flow.Subscriber<User>() {
                private Flow.Subscription subscription;

                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    this.subscription = subscription;
                    subscription.request(1);
                }

                @Override
                public void onNext(User user) {
                    user.posts().whenComplete((posts, failure) -> {
                        if (failure != null) {
                            done.completeExceptionally(failure);
                        } else {
                            titles.add(posts.get(0).title);
                            subscription.request(1);
                        }
                    });
                }

                @Override
                public void onError(Throwable failure) {
                    done.completeExceptionally(failure);
                }

                @Override
                public void onComplete() {
                    done.complete(null);
                }
            });

            done.get(20, TimeUnit.SECONDS);
            assertThat(titles).containsExactly("p0", "p1", "p2");
            assertThat(counter.count()).isEqualTo(1 + 3);
            assertThat(((com.zaxxer.hikari.HikariDataSource) database.dataSource()).getHikariPoolMXBean()
                    .getActiveConnections()).isZero();
        } finally {
            Database.unbind(User.class);
            Database.unbind(Post.class);
        }
    }
}
