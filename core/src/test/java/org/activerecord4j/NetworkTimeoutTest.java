package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.time.Duration;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.ServerDatabaseTest;
import org.activerecord4j.testing.TcpProxy;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fault suite's silent networks: a server that accepts connections and never answers, and a network
 * that goes silent under an open connection. Each wait ends within its configured timeout. Servers only:
 * SQLite is a file in this process, with no network in between.
 */
class NetworkTimeoutTest {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration ACQUIRE_TIMEOUT = Duration.ofSeconds(2);
    /** What a loaded two-core machine may add to a timeout before the failure reaches the caller. */
    private static final Duration SLACK = Duration.ofSeconds(3);

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://127.0.0.1:%d/app", "jdbc:mariadb://127.0.0.1:%d/app?password=secret"})
    void build_againstAServerThatNeverAnswers_failsWithinTheConnectTimeout_namingTheUrlWithoutPassword(String url)
            throws IOException {
        try (TcpProxy server = TcpProxy.silent()) {
            String serverUrl = url.formatted(server.port());
            long started = System.nanoTime();

            Throwable failure = catchThrowable(() -> Database.builder(serverUrl).user("app").password("secret")
                    .connectTimeout(CONNECT_TIMEOUT).build().close());

            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertThat(failure).isInstanceOf(ActiveRecordException.class)
                    .hasMessageStartingWith("Cannot open a connection to " + serverUrl.replace("secret", "***") + ": ")
                    .hasMessageNotContaining("secret");
            assertThat(waited).isLessThan(CONNECT_TIMEOUT.plus(SLACK));
        }
    }

    @ServerDatabaseTest
    void queryInATransaction_whenTheNetworkGoesSilent_failsWithinTheSocketTimeout(Database shared) throws IOException {
        TestSchema.recreate(shared, User.class);
        try (TcpProxy network = TcpProxy.forwardingTo(TestPools.serverPort(shared));
                Database database = throughSilenceableNetwork(shared, network)) {
            long[] started = new long[1];

            Throwable failure = catchThrowable(() -> database.transaction(() -> {
                User.query().count();
                network.silence();
                started[0] = System.nanoTime();
                User.query().count();
            }));

            Duration waited = Duration.ofNanos(System.nanoTime() - started[0]);
            assertThat(failure).isInstanceOf(StatementFailedException.class).hasMessageStartingWith("Statement failed on "
                    + database.dialectName() + " (the connection to the database was lost; the transaction was rolled back): ");
            assertThat(waited).isLessThan(SOCKET_TIMEOUT.plus(SLACK));
        }
    }

    /**
     * Outside a transaction, a read whose connection dies before a row arrives runs once more on a fresh
     * connection, which the silent network cannot give within the acquire timeout.
     */
    @ServerDatabaseTest
    void query_whenTheNetworkGoesSilent_failsWithinTheSocketTimeoutAndOneAttemptToReconnect(Database shared) throws IOException {
        TestSchema.recreate(shared, User.class);
        try (TcpProxy network = TcpProxy.forwardingTo(TestPools.serverPort(shared));
                Database database = throughSilenceableNetwork(shared, network)) {
            assertThat(database.use(() -> User.query().count())).isZero();
            network.silence();
            long started = System.nanoTime();

            Throwable failure = catchThrowable(() -> database.use(() -> User.query().count()));

            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertThat(failure).isInstanceOf(StatementFailedException.class)
                    .hasMessageStartingWith("Statement failed on " + database.dialectName() + " (the connection to the database was lost): ");
            assertThat(waited).isLessThan(SOCKET_TIMEOUT.plus(ACQUIRE_TIMEOUT).plus(SLACK));
        }
    }

    private static Database throughSilenceableNetwork(Database shared, TcpProxy network) {
        return TestPools.builderThrough(shared, network).maximumPoolSize(1).connectTimeout(CONNECT_TIMEOUT)
                .statementTimeout(STATEMENT_TIMEOUT).socketTimeout(SOCKET_TIMEOUT).acquireTimeout(ACQUIRE_TIMEOUT).build();
    }
}
