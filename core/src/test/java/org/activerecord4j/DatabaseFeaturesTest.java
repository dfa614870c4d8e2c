package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

class DatabaseFeaturesTest {

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class);
    }

    @DatabaseTest
    @SuppressWarnings("try")
    void listener_seesSqlValuesDurationAndRowCount(Database database) throws Exception {
        new User("Ann", 31).save();
        new User("Bob", 40).save();
        List<StatementEvent> events = new ArrayList<>();

        try (AutoCloseable registration = database.addListener(events::add)) {
            User.query().where(User.c.age.gt(18)).all();
        }
        User.query().all();

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.database()).isEqualTo(database.dialectName());
            assertThat(event.sql()).startsWith("SELECT ").contains("WHERE");
            assertThat(event.parameters()).containsExactly(18);
            assertThat(event.rowCount()).isEqualTo(2);
            assertThat(event.duration()).isPositive();
            assertThat(event.batchSize()).isEqualTo(1);
            assertThat(event.failed()).isFalse();
        });
    }

    @DatabaseTest
    @SuppressWarnings("try")
    void failingListener_doesNotBreakTheStatement(Database database) throws Exception {
        try (AutoCloseable registration = database.addListener(event -> {
            throw new IllegalStateException("listener bug");
        })) {
            new User("Ann", 31).save();
        }
        assertThat(User.query().count()).isEqualTo(1);
    }

    /**
     * Regression: a listener that threw an Error (an AssertionError of a test's listener, say) made the statement
     * throw it after the statement had run: a save outside a transaction left its row inserted while the record
     * stayed new (with the row's key), so saving it again wrote the row twice.
     */
    @DatabaseTest
    @SuppressWarnings("try")
    void listenerThrowingAnError_doesNotBreakTheStatement_andTheRecordMatchesItsRow(Database database) throws Exception {
        User ann = new User("Ann", 31);
        User bob = new User("Bob", 40);
        try (AutoCloseable registration = database.addListener(event -> {
            throw new AssertionError("listener bug");
        })) {
            ann.save();
            ActiveRecord.transaction(() -> bob.save());
            assertThat(User.query().stream().count()).isEqualTo(2);
        }

        assertThat(List.of(ann, bob)).allSatisfy(user -> assertThat(user.isNewRecord()).isFalse());
        ann.save();
        assertThat(User.query().orderBy("id").all()).extracting(user -> user.name).containsExactly("Ann", "Bob");
    }





    @DatabaseTest
    void pool_recoversConnectionsAfterManyStatements(Database database) {
        for (int i = 0; i < 200; i++) {
            new User("u" + i, i).save();
        }
        assertThat(User.query().count()).isEqualTo(200);
        assertThat(((com.zaxxer.hikari.HikariDataSource) database.dataSource()).getHikariPoolMXBean().getActiveConnections()).isZero();
    }
}
