package org.activerecord4j.cli;

import static org.activerecord4j.cli.TestProject.PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The issue's seed: the migration of {@code generate model Order user:references total:decimal{10,2}} has the
 * shape {@code CREATE TABLE orders (id … PRIMARY KEY …, user_id … NOT NULL, total DECIMAL(10,2),
 * FOREIGN KEY (user_id) REFERENCES users(id)); CREATE INDEX idx_orders_user_id ON orders(user_id);} in every
 * dialect. PostgreSQL spells the decimal NUMERIC(10,2), its name for the same type; SQLite stores decimals as
 * TEXT, since a DECIMAL column's numeric affinity would drop their scale.
 */
class SeedMigrationTest {

    private static final Map<String, String> TOTAL = Map.of("sqlite", "TEXT", "postgresql", "NUMERIC(10,2)",
            "mariadb", "DECIMAL(10,2)", "mysql", "DECIMAL(10,2)");

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb", "mysql"})
    void ordersMigration_hasTheSeedsShape(String dialect) {
        TestProject project = new TestProject(directory);
        project.generate("model", "--package", PACKAGE, "--dialect", dialect, "--migration-version", "1", "User", "name:string{120}");

        project.generate("model", "--dialect", dialect, "--migration-version", "2", "Order", "user:references", "total:decimal{10,2}");

        String migration = project.migrationFiles().get("V2__create_orders.sql");
        String unquoted = migration.replaceAll("[\"`]", "").replaceAll("\\s+", " ");
        assertThat(unquoted).matches("-- ar4j generate model Order user:references total:decimal\\{10,2\\} \\(" + dialect + "\\) "
                + "CREATE TABLE orders \\( id [A-Z_ ]*PRIMARY KEY[A-Z_ ]*, user_id BIGINT NOT NULL, total "
                + TOTAL.get(dialect).replace("(", "\\(").replace(")", "\\)") + ", "
                + "CONSTRAINT fk_orders_user_id FOREIGN KEY \\(user_id\\) REFERENCES users\\(id\\) \\)[A-Za-z0-9=_ ]*; "
                + "CREATE INDEX idx_orders_user_id ON orders\\(user_id\\); ");
        assertThat(project.read(project.model("Order")))
                .contains("    @Column(nullable = false)\n    public Long userId;\n    @Column(precision = 10, scale = 2)\n    public BigDecimal total;\n")
                .contains("public static final BelongsTo<User> user = belongsTo(foreignKey(\"user_id\"), inverseOf(\"orders\"));");
        assertThat(project.read(project.model("User")))
                .contains("public static final HasMany<Order> orders = hasMany(foreignKey(\"user_id\"), inverseOf(\"user\"));");
    }
}
