package org.activerecord4j.internal.jdbc;

import java.sql.Connection;

/** The connection a transaction bound to the current thread, and whether a nested block failed. */
final class Transaction {
    final Connection connection;
    Throwable nestedFailure;

    Transaction(Connection connection) {
        this.connection = connection;
    }
}
