package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.activerecord4j.models.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing a database while a stream of it is open. SQLite only, where the connection is a file this process holds:
 * the test counts the process's open files, so it needs Linux's {@code /proc/self/fd}.
 */
class CloseWithOpenStreamTest {

    private static final Path OPEN_FILES = Path.of("/proc/self/fd");

    /**
     * Regression test: the pool, closed while a stream held a connection, only aborted that connection (which
     * SQLite's driver ignores) and forgot it, and closing the stream afterwards gave it back to a pool that no longer
     * closes anything: the driver's connection stayed open, with the database's files, for the life of the process.
     */
    @Test
    void streamClosedAfterTheDatabase_leavesNoFileOfTheDatabaseOpen(@TempDir Path directory) throws IOException {
        assumeTrue(Files.isDirectory(OPEN_FILES), "counts open files in /proc/self/fd (Linux)");
        Path file = directory.resolve("closing.db");
        Database database = Database.sqlite(file);
        database.createTables(User.class);
        database.use(() -> {
            new User("Ann", 31).save();
            new User("Bob", 42).save();
        });
        Stream<User> users = database.use(() -> User.query().stream());
        Iterator<User> reading = users.iterator();
        reading.next();

        database.close();
        users.close();

        assertThat(openFilesOf(directory)).as("files of the database this process still has open").isEmpty();
    }

    /** Regression test: the same for a transaction open while its database is closed, which ends afterwards. */
    @Test
    void transactionEndedAfterTheDatabaseClosed_leavesNoFileOfTheDatabaseOpen(@TempDir Path directory) throws IOException {
        assumeTrue(Files.isDirectory(OPEN_FILES), "counts open files in /proc/self/fd (Linux)");
        Database database = Database.sqlite(directory.resolve("closing.db"));
        database.createTables(User.class);

        Throwable ended = org.assertj.core.api.Assertions.catchThrowable(() -> database.transaction(() -> {
            database.use(() -> new User("Ann", 31).save());
            database.close();
        }));

        assertThat(ended).as("a transaction outliving its database rolls back (CloseWithOpenTransactionTest)")
                .hasMessageContaining("was closed (Database.close()) while the transaction was open");
        assertThat(openFilesOf(directory)).as("files of the database this process still has open").isEmpty();
    }

    private static java.util.List<Path> openFilesOf(Path directory) throws IOException {
        try (Stream<Path> descriptors = Files.list(OPEN_FILES)) {
            return descriptors.map(CloseWithOpenStreamTest::target).filter(target -> target != null && target.startsWith(directory))
                    .toList();
        }
    }

    private static Path target(Path descriptor) {
        try {
            return Files.readSymbolicLink(descriptor);
        } catch (IOException e) {
            return null;   // closed while listing
        }
    }
}
