package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.activerecord4j.Database;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.models.async.LineItem;
import org.activerecord4j.models.async.Order;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * The async twin of {@code EagerCacheTimeToLiveTest}: a to-one relation under {@code cache(Duration)} ({@code LineItem.order}, one second) loaded ahead of a read, by
 * {@code with("order")} or as the inverse of {@code with("items")}, expires after its duration as a lazily read one does.
 */
class AsyncEagerCacheTimeToLiveTest {

    private Database database;

    @BeforeEach
    void schema(Database database) {
        this.database = database;
        TestSchema.recreate(database, User.class, Order.class, LineItem.class);
        User ann = new User("Ann", 31);
        ann.save().join();
        Order order = new Order();
        order.userId = ann.id;
        order.save().join();
        for (String sku : List.of("A", "B")) {
            LineItem item = new LineItem();
            item.orderId = order.id;
            item.sku = sku;
            item.save().join();
        }
    }

    @DatabaseTest
    void cacheTimeToLive_belongsTo_eagerLoadedOrFilledAsAnInverse_expiresAfterItsDuration() throws InterruptedException {
        LineItem eager = LineItem.query().with("order").all().join().get(0);
        Order order = Order.query().with("items").all().join().get(0);
        LineItem inverse = Order.items.of(order).join().get(1);

        assertThat(statements(() -> {
            assertThat(eager.order().join().id).isEqualTo(order.id);
            assertThat(inverse.order().join()).isSameAs(order);
        })).isZero();
        Thread.sleep(1_200);

        assertThat(eager.hasCachedRelation("order")).isFalse();
        assertThat(inverse.hasCachedRelation("order")).isFalse();
        assertThat(statements(() -> {
            eager.order().join();
            assertThat(inverse.order().join()).isNotSameAs(order);
        })).isEqualTo(2);
        assertThat(statements(() -> {
            eager.order().join();
            inverse.order().join();
        })).isZero();
    }

    private int statements(Runnable block) {
        return StatementCounter.count(database, block);
    }
}
