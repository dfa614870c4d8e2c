package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.User;
import org.activerecord4j.relation.BelongsTo;
import org.activerecord4j.relation.HasMany;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;

/**
 * Eight threads of a web server start at the same moment on a pool of two: the models' first use (metadata,
 * relations, inverses, column lists, cached statements) happens in all of them at once, then each saves, finds,
 * loads eagerly and lazily, streams, and checks what it reads against what it wrote. No thread sees another's rows, none
 * waits past the acquire timeout, and no connection stays lent. The two models are used by this test alone, so
 * its first run is their first use in the JVM.
 */
class ConcurrentFirstUseTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 20;

    /** A user, seen by this test alone. */
    @Table("users")
    public static class Writer extends ActiveRecord<Writer> {
        public Long id;
        public String name;
        public Integer age;
        public static final HasMany<Article> articles = hasMany(target("Article"), foreignKey("user_id"),
                inverseOf("writer"));
    }

    /** A post, seen by this test alone. */
    @Table("posts")
    public static class Article extends ActiveRecord<Article> {
        public Long id;
        public Long userId;
        public String title;
        public static final BelongsTo<Writer> writer = belongsTo(foreignKey("user_id"), inverseOf("articles"));
    }

    @DatabaseTest
    void eightThreadsUsingNewModelsAtOnce_onAPoolOfTwo_readWhatTheyWrote_andLeaveNoConnectionLent(Database shared)
            throws Exception {
        try (Database database = TestPools.builderLike(shared).maximumPoolSize(2).acquireTimeout(Duration.ofSeconds(20))
                .build()) {
            TestSchema.recreate(database, User.class, Post.class);
            CyclicBarrier start = new CyclicBarrier(THREADS);
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int thread = 0; thread < THREADS; thread++) {
                    String prefix = "thread " + thread + " ";
                    running.add(threads.submit(() -> {
                        start.await(20, TimeUnit.SECONDS);
                        database.use(() -> work(prefix));
                        return null;
                    }));
                }
                for (Future<?> thread : running) {
                    thread.get(120, TimeUnit.SECONDS);
                }
            } finally {
                threads.shutdownNow();
            }

            assertThat(database.use(() -> ActiveRecord.query(Writer.class).count())).isEqualTo(THREADS * ROUNDS);
            assertThat(database.use(() -> ActiveRecord.query(Article.class).count())).isEqualTo(THREADS * ROUNDS * 2);
            assertThat(TestPools.activeConnections(database)).isZero();
        }
    }

    private static void work(String prefix) {
        for (int round = 0; round < ROUNDS; round++) {
            Writer writer = new Writer();
            writer.name = prefix + round;
            writer.age = round;
            writer.save();
            for (int i = 0; i < 2; i++) {
                Article article = new Article();
                article.title = writer.name + " article " + i;
                Article.writer.set(article, writer);
                article.save();
            }
            Writer found = ActiveRecord.findOneOrThrow(Writer.class, writer.id);
            assertThat(found.name).isEqualTo(writer.name);
            assertThat(Writer.articles.of(found)).extracting(article -> article.title)
                    .containsExactly(writer.name + " article 0", writer.name + " article 1");
            List<Writer> mine = ActiveRecord.query(Writer.class).where("name LIKE ?", prefix + "%").with("articles")
                    .orderBy("id").all();
            assertThat(mine).hasSize(round + 1);
            for (Writer each : mine) {
                List<Article> articles = Writer.articles.of(each);
                assertThat(articles).hasSize(2).allSatisfy(article -> {
                    assertThat(article.title).startsWith(each.name + " article ");
                    assertThat(Article.writer.of(article)).isSameAs(each);
                });
            }
            long streamed = ActiveRecord.query(Writer.class).where("name LIKE ?", prefix + "%").stream()
                    .mapToLong(each -> Writer.articles.of(each).size()).sum();
            assertThat(streamed).isEqualTo(2L * (round + 1));
        }
    }
}
