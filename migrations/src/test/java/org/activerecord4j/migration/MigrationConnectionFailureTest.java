package org.activerecord4j.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.activerecord4j.Database;
import org.activerecord4j.testing.TcpProxy;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestPools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migrate whose pool cannot open a connection says so. PostgreSQL only: the server is reached through a proxy
 * that the test closes, which needs a server (SQLite has none) and one is enough (the pool's code is the same).
 */
class MigrationConnectionFailureTest {

    @TempDir
    Path directory;

    /** Regression test: the message said "the failed migration was rolled back", though no migration had run. */
    @Test
    void migrate_whenNoConnectionCanBeOpened_saysSo_notThatAMigrationFailed() throws IOException, InterruptedException {
        Database shared = TestDatabases.require(TestDatabases.Kind.POSTGRESQL);
        Path migrations = Files.createDirectory(directory.resolve("migration"));
        Files.writeString(migrations.resolve("V1__create_unreached.sql"), "CREATE TABLE unreached (id INTEGER PRIMARY KEY);\n");
        TcpProxy proxy = TcpProxy.forwardingTo(TestPools.serverPort(shared));

        try (Database database = TestPools.builderThrough(shared, proxy).maximumPoolSize(1).acquireTimeout(Duration.ofSeconds(1)).build()) {
            proxy.close();
            Thread.sleep(600); // past the pool's window in which it hands out an idle connection unchecked

            Throwable failure = catchThrowable(() -> Migrations.of(database).locations("filesystem:" + migrations).migrate());

            assertThat(failure).isInstanceOf(MigrationFailedException.class)
                    .hasMessageStartingWith("Migrating " + database.url() + " failed: Flyway could not get a connection: "
                            + "Connection to 127.0.0.1:" + proxy.port() + " refused")
                    .hasMessageContaining(". No migration failed");
            assertThat(failure.getMessage()).doesNotContain("rolled back");
        }
    }
}
