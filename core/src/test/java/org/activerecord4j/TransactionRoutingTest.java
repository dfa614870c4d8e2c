package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.activerecord4j.models.Account;
import org.activerecord4j.models.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transaction runs on the database of the models it touches, and never commits on two. Regression test
 * for issue 12: inside {@code ActiveRecord.transaction}, a model bound with {@code db.bind(...)} was written
 * to the default database. Two SQLite files stand for two databases (no server needed).
 */
class TransactionRoutingTest {

    @TempDir
    Path directory;
    private Database main;
    private Database archive;

    @BeforeEach
    void databases() {
        main = Database.sqlite(directory.resolve("main.db"));
        archive = Database.sqlite(directory.resolve("archive.db"));
        main.createTables(User.class);
        archive.createTables(Account.class);
        archive.bind(Account.class);
        Database.setDefault(main);
    }

    @AfterEach
    void close() {
        Database.setDefault(null);
        Database.unbind(Account.class);
        main.close();
        archive.close();
    }

    @Test
    void transactionTouchingABoundModel_runsOnThatModelsDatabase() {
        ActiveRecord.transaction(() -> new Account("A-1", BigDecimal.ONE).save());

        assertThat(archive.use(() -> Account.query().count())).isEqualTo(1);
        assertThat(Account.query().count()).isEqualTo(1);
    }

    @Test
    void databaseTransaction_writingABoundModelOfAnotherDatabase_failsAndWritesNothing() {
        User ann = new User("Ann", 31);
        Account account = new Account("A-1", BigDecimal.ONE);

        assertThatThrownBy(() -> main.transaction(() -> {
            ann.save();
            account.save();
        })).isInstanceOf(ActiveRecordException.class)
                .hasMessage("This transaction runs on sqlite " + main.url() + " but a statement writes to sqlite "
                        + archive.url() + "; one transaction spans one database, and writing to a second one would "
                        + "commit it separately: run that write in a transaction of its own database, outside this one");

        assertThat(User.query().count()).isZero();
        assertThat(Account.query().count()).isZero();
        assertThat(ann.isNewRecord()).isTrue();
        assertThat(account.isNewRecord()).isTrue();
    }

    @Test
    void transactionOnFirstUse_thenAWriteToAnotherDatabase_fails() {
        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            new User("Ann", 31).save();
            new Account("A-1", BigDecimal.ONE).save();
        })).isInstanceOf(ActiveRecordException.class).hasMessageStartingWith("This transaction runs on sqlite " + main.url());

        assertThat(User.query().count()).isZero();
        assertThat(Account.query().count()).isZero();
    }

    @Test
    void readOfAnotherDatabase_insideATransaction_runsOutsideIt() {
        archive.use(() -> new Account("A-1", BigDecimal.ONE).save());

        long accounts = main.transaction(() -> {
            new User("Ann", 31).save();
            return Account.query().count();
        });

        assertThat(accounts).isEqualTo(1);
        assertThat(User.query().count()).isEqualTo(1);
    }

    @Test
    void unboundModels_insideADatabaseTransaction_useThatDatabase() {
        archive.createTables(User.class);

        archive.transaction(() -> new User("in archive", 1).save());

        assertThat(User.query().count()).isZero();
        assertThat(archive.use(() -> User.query().count())).isEqualTo(1);
    }
}
