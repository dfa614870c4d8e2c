package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;
import org.activerecord4j.models.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a closed database answers to synchronous calls ({@code AsyncCloseTest} has the async ones). */
class ClosedDatabaseTest {

    /**
     * Regression test: a statement on a closed database failed with the pool's own words, as a
     * StatementFailedException ("Statement failed on sqlite: HikariDataSource HikariDataSource (activerecord4j-sqlite)
     * has been closed."), where async calls say which database was closed.
     */
    @Test
    void statementsAfterClose_failSayingTheDatabaseWasClosed(@TempDir Path directory) {
        Database database = Database.sqlite(directory.resolve("closed.db"));
        database.createTables(User.class);
        database.close();
        String closed = "The database sqlite " + database.url() + " was closed";

        List<Throwable> failures = List.of(
                catchThrowable(() -> database.use(() -> User.query().count())),
                catchThrowable(() -> database.execute("DELETE FROM users")),
                catchThrowable(() -> database.use(() -> User.query().stream().count())),
                catchThrowable(() -> database.transaction(() -> new User("Ann", 31).save())));

        assertThat(failures).allSatisfy(failure -> assertThat(failure).isExactlyInstanceOf(ActiveRecordException.class)
                .hasMessageStartingWith(closed));
    }
}
