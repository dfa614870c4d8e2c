package org.activerecord4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.activerecord4j.cli.TestProject.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: a relation between two models declared in one file (a public model and a package-private one
 * after it) edits that file twice, once per model, each edit made on the text as read; only the last was
 * written, so the other model lost its side of the relation while the migration still added the key column.
 */
class ModelsSharingAFileTest {

    private static final String MODELS = """
            package com.example.shop;

            import org.activerecord4j.Table;

            /** A user. */
            @Table("users")
            public class User extends UserRecord {
                public Long id;
                public String name;
            }

            /** An order, declared beside its user. */
            @Table("orders")
            class Order extends OrderRecord {
                public Long id;
                public Integer total;
            }
            """;

    @TempDir
    Path directory;

    @Test
    void belongsTo_betweenTwoModelsOfOneFile_writesBothSidesIntoThatFile() {
        TestProject project = new TestProject(directory.resolve("project")).write("User", MODELS);

        Run run = project.generate("relation", "--source", "Order", "--type", "belongs_to", "--target", "User",
                "--migration-version", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(project.read(project.model("User"))).isEqualTo("""
                package com.example.shop;

                import org.activerecord4j.Table;
                import org.activerecord4j.relation.BelongsTo;
                import org.activerecord4j.relation.HasMany;

                /** A user. */
                @Table("users")
                public class User extends UserRecord {
                    public Long id;
                    public String name;

                    public static final HasMany<Order> orders = hasMany(foreignKey("user_id"), inverseOf("user"));
                }

                /** An order, declared beside its user. */
                @Table("orders")
                class Order extends OrderRecord {
                    public Long id;
                    public Integer total;
                    public Long userId;

                    public static final BelongsTo<User> user = belongsTo(foreignKey("user_id"), inverseOf("orders"));
                }
                """);
        assertThat(project.migrationFiles()).containsOnlyKeys("V1__add_user_id_to_orders.sql");
    }
}
