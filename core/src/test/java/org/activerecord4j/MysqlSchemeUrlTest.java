package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.activerecord4j.models.User;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestDatabases.Kind;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.Test;

/**
 * A {@code jdbc:mysql:} URL, which {@link Database#connect} documents, opens the database through the MariaDB
 * driver activerecord4j ships (that driver refuses the scheme unless the URL permits it). Runs on the MariaDB
 * server, which speaks the same protocol; skipped like every MariaDB test when the server is unreachable locally.
 */
class MysqlSchemeUrlTest {

    @Test
    void mysqlSchemeUrl_opensTheDatabase_andRecordsRoundTrip() {
        boolean mariadbUsable = TestDatabases.usable().stream().anyMatch(database -> TestPools.kindOf(database) == Kind.MARIADB);
        if (!mariadbUsable) {
            return;   // not reachable, and not required on this run
        }
        String url = Kind.MARIADB.url().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:");
        assertThat(url).startsWith("jdbc:mysql://");
        try (Database database = Database.builder(url).user(Kind.MARIADB.server().user())
                .password(Kind.MARIADB.server().password()).build()) {
            assertThat(database.dialectName()).isEqualTo("mariadb");
            TestSchema.recreate(database, User.class);
            database.use(() -> new User("Ann", 31).save());

            assertThat(database.use(() -> User.query().one().name)).isEqualTo("Ann");
        }
    }
}
