package org.activerecord4j.cli;

import static org.activerecord4j.cli.TestProject.PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.activerecord4j.cli.TestProject.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateRelationTest {

    @TempDir
    Path directory;

    private TestProject project;

    @BeforeEach
    void models() {
        project = new TestProject(directory).withUserAndOrder();
        assertThat(project.generate("model", "--migration-version", "3", "Profile", "bio:text").exitCode()).isZero();
        assertThat(project.generate("model", "--migration-version", "4", "Role", "name:string{40}").exitCode()).isZero();
    }

    @Test
    void belongsTo_orderToUser_addsTheKeyFieldBothRelationsAndTheMigration_butNoAccessorsToGeneratedBases() {
        Run run = project.generate("relation", "--source", "Order", "--type", "belongs_to", "--target", "User",
                "--foreign-key", "user_id", "--inverse", "orders", "--migration-version", "10");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Generated Order belongs_to User:");
        assertThat(project.read(project.model("Order")))
                .contains("    public BigDecimal total;\n    public Long userId;\n\n"
                        + "    public static final BelongsTo<User> user = belongsTo(foreignKey(\"user_id\"), inverseOf(\"orders\"));\n")
                .endsWith("inverseOf(\"orders\"));\n}\n")
                .doesNotContain("public User user(")
                .contains("import org.activerecord4j.relation.BelongsTo;\n");
        assertThat(project.read(project.model("User")))
                .contains("    public static final HasMany<Order> orders = hasMany(foreignKey(\"user_id\"), inverseOf(\"user\"));\n")
                .doesNotContain("public List<Order> orders()")
                .doesNotContain("import java.util.List;\n");
        assertThat(project.migrationFiles()).containsEntry("V10__add_user_id_to_orders.sql", """
                -- ar4j generate relation: Order belongs_to User (sqlite)
                ALTER TABLE `orders` ADD COLUMN `user_id` BIGINT CONSTRAINT `fk_orders_user_id` REFERENCES `users`(`id`);
                CREATE INDEX `idx_orders_user_id` ON `orders`(`user_id`);
                """);
    }

    @Test
    void hasMany_userToOrder_declaresTheSameTwoRelationsAsBelongsTo_soEitherSideGeneratesThePair() {
        project.generate("relation", "--source", "User", "--type", "has_many", "--target", "Order", "--migration-version", "10");

        Run belongsTo = project.generate("relation", "--source", "Order", "--type", "belongs_to", "--target", "User");

        assertThat(project.read(project.model("User")))
                .contains("public static final HasMany<Order> orders = hasMany(foreignKey(\"user_id\"), inverseOf(\"user\"));");
        assertThat(project.read(project.model("Order")))
                .contains("public Long userId;")
                .contains("public static final BelongsTo<User> user = belongsTo(foreignKey(\"user_id\"), inverseOf(\"orders\"));");
        assertThat(belongsTo.exitCode()).isZero();
        assertThat(belongsTo.out()).isEqualTo("Nothing to change: the sources already declare Order belongs_to User.\n");
        assertThat(project.migrationFiles()).containsKey("V10__add_user_id_to_orders.sql").hasSize(5);
    }

    @Test
    void hasOne_userToProfile_putsTheKeyAndTheBelongsToInProfile() {
        Run run = project.generate("relation", "--source", "User", "--type", "has_one", "--target", "Profile",
                "--migration-version", "10");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(project.read(project.model("User")))
                .contains("public static final HasOne<Profile> profile = hasOne(foreignKey(\"user_id\"), inverseOf(\"user\"));")
                .doesNotContain("public Profile profile()");
        assertThat(project.read(project.model("Profile")))
                .contains("    public String bio;\n    public Long userId;\n")
                .contains("public static final BelongsTo<User> user = belongsTo(foreignKey(\"user_id\"), inverseOf(\"profile\"));")
                .doesNotContain("public User user(");
        assertThat(project.migrationFiles()).containsKey("V10__add_user_id_to_profiles.sql");
    }

    @Test
    void hasManyThrough_userToRoleViaUserRole_createsTheJoinModelAndItsTableWithTheUniquePair() {
        Run run = project.generate("relation", "--source", "User", "--type", "has_many_through", "--target", "Role",
                "--join-column", "granted_at:timestamp", "--dialect", "postgresql", "--migration-version", "10");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(project.read(project.model("User"))).contains("public static final HasManyThrough<Role> roles = hasManyThrough("
                + "through(UserRole.class), sourceForeignKey(\"user_id\"), targetForeignKey(\"role_id\"), inverseOf(\"users\"));");
        assertThat(project.read(project.model("Role"))).contains("public static final HasManyThrough<User> users = hasManyThrough("
                + "through(UserRole.class), sourceForeignKey(\"role_id\"), targetForeignKey(\"user_id\"), inverseOf(\"roles\"));");
        assertThat(project.read(project.model("UserRole"))).contains("""
                @Table("user_roles")
                public class UserRole extends UserRoleRecord {
                    public Long id;
                    @Column(nullable = false)
                    public Long userId;
                    @Column(nullable = false)
                    public Long roleId;
                    public Instant grantedAt;

                    public static final BelongsTo<User> user = belongsTo(foreignKey("user_id"));
                    public static final BelongsTo<Role> role = belongsTo(foreignKey("role_id"));
                """);
        assertThat(project.migrationFiles()).containsEntry("V10__create_user_roles.sql", """
                -- ar4j generate relation: User has_many_through Role via UserRole (postgresql)
                CREATE TABLE "user_roles" (
                    "id" BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                    "user_id" BIGINT NOT NULL,
                    "role_id" BIGINT NOT NULL,
                    "granted_at" TIMESTAMP(6) WITH TIME ZONE,
                    CONSTRAINT "fk_user_roles_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id"),
                    CONSTRAINT "fk_user_roles_role_id" FOREIGN KEY ("role_id") REFERENCES "roles"("id"),
                    CONSTRAINT "uq_user_roles_user_id_role_id" UNIQUE ("user_id", "role_id")
                );
                CREATE INDEX "idx_user_roles_user_id" ON "user_roles"("user_id");
                CREATE INDEX "idx_user_roles_role_id" ON "user_roles"("role_id");
                """);
    }

    @Test
    void modelExtendingActiveRecordDirectly_getsTheGetterAndTheBelongsToSetter_unlessItWroteThem() {
        project.write("Invoice", """
                package com.example.shop;

                import org.activerecord4j.ActiveRecord;

                public class Invoice extends ActiveRecord<Invoice> {
                    public Long id;

                    /** Written by hand: the generator adds the setter only. */
                    public User user() {
                        return null;
                    }
                }
                """);

        String[] arguments = {"--source", "Invoice", "--type", "belongs_to", "--target", "User", "--inverse", "none"};
        Run run = project.generate("relation", arguments);
        Run again = project.generate("relation", arguments);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(again.out()).startsWith("Nothing to change");
        assertThat(project.read(project.model("Invoice"))).isEqualTo("""
                package com.example.shop;

                import org.activerecord4j.ActiveRecord;
                import org.activerecord4j.relation.BelongsTo;

                public class Invoice extends ActiveRecord<Invoice> {
                    public Long id;
                    public Long userId;

                    public static final BelongsTo<User> user = belongsTo(foreignKey("user_id"));

                    /** Written by hand: the generator adds the setter only. */
                    public User user() {
                        return null;
                    }

                    /** @param value the new user (its key is copied), or null */
                    public void user(User value) {
                        user.set(this, value);
                    }
                }
                """);
    }

    @Test
    void sameGenerationTwice_leavesEveryFileByteIdentical_andSaysNothingToChange() {
        String[] arguments = {"--source", "User", "--type", "has_many_through", "--target", "Role", "--migration-version", "10"};
        project.generate("relation", arguments);
        Map<String, String> once = project.files();

        Run again = project.generate("relation", arguments);

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEqualTo("Nothing to change: the sources already declare User has_many_through Role via UserRole.\n");
        assertThat(project.files()).isEqualTo(once);
    }

    @Test
    void conflictingSecondGeneration_exitsNonZero_namesBothDefinitions_andTouchesNothing() {
        project.generate("relation", "--source", "Order", "--type", "belongs_to", "--target", "User");
        Map<String, String> before = project.files();

        Run conflict = project.generate("relation", "--source", "Order", "--type", "belongs_to", "--target", "User",
                "--foreign-key", "buyer_id");

        assertThat(conflict.exitCode()).isEqualTo(1);
        assertThat(conflict.err()).isEqualTo("Conflict: Order.user already exists in " + project.model("Order")
                + " with another definition:\n"
                + "  declared: BelongsTo<User> user = belongsTo(foreignKey(\"user_id\"), inverseOf(\"orders\"))\n"
                + "  asked:    BelongsTo<User> user = belongsTo(foreignKey(\"buyer_id\"), inverseOf(\"orders\"))\n"
                + "Change or remove it, or choose other names (--name, --inverse); no file was changed\n");
        assertThat(project.files()).isEqualTo(before);
    }

    @Test
    void dryRun_printsAUnifiedDiffOfEveryFile_andWritesNothing() {
        Map<String, String> before = project.files();

        Run run = project.generate("relation", "--source", "User", "--type", "has_one", "--target", "Profile", "--dry-run",
                "--migration-version", "10");

        assertThat(run.exitCode()).isZero();
        String profile = project.model("Profile").toString();
        assertThat(run.out()).contains("--- " + profile + "\n+++ " + profile + "\n@@ -1,10 +1,14 @@\n package com.example.shop;\n \n"
                        + " import org.activerecord4j.Table;\n+import org.activerecord4j.relation.BelongsTo;\n")
                .contains("     public Long id;\n     public String bio;\n+    public Long userId;\n+\n"
                        + "+    public static final BelongsTo<User> user = belongsTo(foreignKey(\"user_id\"), inverseOf(\"profile\"));\n"
                        + " }\n")
                .contains("--- /dev/null\n+++ " + project.migrations().resolve("V10__add_user_id_to_profiles.sql") + "\n@@ -0,0 +1,3 @@\n"
                        + "+-- ar4j generate relation: User has_one Profile (sqlite)\n")
                .endsWith("Dry run: no file was written.\n");
        assertThat(project.files()).isEqualTo(before);
    }

    @Test
    void unknownModel_listsTheModelsFound_andTouchesNothing() {
        assertRefused("Unknown model 'Ordr'; models under " + project.sources() + ": Order, Profile, Role, User",
                "--source", "Ordr", "--type", "belongs_to", "--target", "User");
    }

    @Test
    void unknownType_listsTheTypes_andTouchesNothing() {
        assertRefused("Unknown relation type 'belongs_too'; choose one of: belongs_to, has_one, has_many, has_many_through",
                "--source", "Order", "--type", "belongs_too", "--target", "User");
    }

    @Test
    void foreignKeyThatIsNoIdentifier_saysWhatAColumnNameIs_andTouchesNothing() {
        assertRefused("Foreign key 'user-id' is not a valid column name: use letters, digits and underscores, starting with a letter",
                "--source", "Order", "--type", "belongs_to", "--target", "User", "--foreign-key", "user-id");
    }

    @Test
    void targetThatIsNotAModel_saysWhatAModelExtends_andTouchesNothing() {
        project.write("Money", "package " + PACKAGE + ";\n\npublic class Money {\n}\n");

        assertRefused("Money (" + project.model("Money") + ") is not a model: a model extends MoneyRecord, MoneyAsyncRecord, "
                + "ActiveRecord<Money> or AsyncActiveRecord<Money>; models under " + project.sources()
                + ": Order, Profile, Role, User",
                "--source", "Order", "--type", "belongs_to", "--target", "Money");
    }

    @Test
    void sourceFileThatDoesNotParse_namesTheFileAndLine_andTouchesNothing() {
        project.write("Broken", "package " + PACKAGE + ";\n\npublic class Broken {\n    int x =\n}\n");

        Run run = project.generate("relation", "--source", "Order", "--type", "belongs_to", "--target", "User");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Cannot parse " + project.model("Broken") + ": line 5, column 1: Parse error. Found \"}\"; "
                + "fix the file and run again (no file was changed)\n");
    }

    @Test
    void flagOfAnotherKind_isRefusedRatherThanIgnored() {
        assertRefused("--through, --target-foreign-key and --join-column apply to has_many_through, not to belongs_to",
                "--source", "Order", "--type", "belongs_to", "--target", "User", "--through", "OrderUser");
    }

    @Test
    void asyncOnSyncModels_isRefused_namingTheModelItsKindAndTheAnswer_beforeTouchingAnyFile() {
        assertRefused("An async relation was asked, but Order is a sync model (extends OrderRecord), and a model's relations are "
                + "of its kind; answer sync (--async=false), or leave out --async, which defaults to the source model's kind",
                "--source", "Order", "--type", "belongs_to", "--target", "User", "--async");
    }

    @Test
    void asyncSourceAndSyncTarget_isRefused_namingBothModelsAndTheirKinds() {
        project.write("Invoice", "package " + PACKAGE + ";\n\npublic class Invoice extends AsyncActiveRecord<Invoice> {\n"
                + "    public Long id;\n}\n");

        assertRefused("Invoice is an async model (extends AsyncActiveRecord<Invoice>) but User is a sync model (extends UserRecord): "
                + "both models of a relation must be of one kind (the runtime refuses a relation between a sync and an async "
                + "model); choose an async model, or make both of one kind first",
                "--source", "Invoice", "--type", "belongs_to", "--target", "User");
    }

    @Test
    void missingFlag_withNoTerminalToAskOn_namesTheFlag() {
        assertRefused("Missing --target: there is no terminal to ask on; give --target, or --interactive to answer on standard input",
                "--source", "Order", "--type", "belongs_to");
    }

    private void assertRefused(String message, String... arguments) {
        Map<String, String> before = project.files();

        Run run = project.generate("relation", arguments);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(message + "\n");
        assertThat(run.out()).isEmpty();
        assertThat(project.files()).isEqualTo(before);
    }
}
