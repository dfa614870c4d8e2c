package org.activerecord4j.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.activerecord4j.Database;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.StatementFailedException;
import org.activerecord4j.models.Order;
import org.activerecord4j.models.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** createTables through the one DDL writer; SQLite only, as the writer's text per dialect is tested in DdlWriterTest. */
class CreateTablesTest {

    @Test
    void createTables_columnLimits_areDeclaredAndEnforced(@TempDir Path directory) throws SQLException {
        try (Database database = Database.sqlite(directory.resolve("limits.db"))) {
            database.createTables(Account.class);

            assertThat(schema(database, "accounts")).containsExactly("CREATE TABLE `accounts` (`id` INTEGER PRIMARY KEY "
                    + "AUTOINCREMENT, `login` VARCHAR(120) NOT NULL UNIQUE, `email` TEXT UNIQUE, `visits` INTEGER NOT NULL, "
                    + "`bio` TEXT)");
            database.execute("INSERT INTO accounts (login, visits) VALUES (?, ?)", "ann", 1);
            assertThatThrownBy(() -> database.execute("INSERT INTO accounts (login, visits) VALUES (?, ?)", "ann", 2))
                    .isInstanceOf(StatementFailedException.class).hasMessageContaining("UNIQUE");
            assertThatThrownBy(() -> database.execute("INSERT INTO accounts (visits) VALUES (?)", 3))
                    .isInstanceOf(StatementFailedException.class).hasMessageContaining("NOT NULL");
        }
    }

    @Test
    void createTables_belongsTo_getsForeignKeyAndIndex_andASecondCallRunsNothing(@TempDir Path directory) throws SQLException {
        try (Database database = Database.sqlite(directory.resolve("orders.db"))) {
            database.createTables(User.class, Order.class);

            assertThat(schema(database, "orders")).containsExactly(
                    "CREATE TABLE `orders` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `user_id` BIGINT, `total` TEXT, "
                            + "`status` TEXT, CONSTRAINT `fk_orders_user_id` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`))",
                    "CREATE INDEX `idx_orders_user_id` ON `orders`(`user_id`)");
            assertThat(StatementCounter.count(database, () -> database.createTables(User.class, Order.class))).isZero();
        }
    }

    private static List<String> schema(Database database, String table) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT sql FROM sqlite_master WHERE tbl_name = '" + table
                        + "' ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, name")) {
            while (rows.next()) {
                if (rows.getString(1) != null) {
                    statements.add(rows.getString(1));
                }
            }
        }
        return statements;
    }
}
