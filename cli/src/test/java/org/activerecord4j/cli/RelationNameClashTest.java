package org.activerecord4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.activerecord4j.cli.TestProject.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: the names one generation adds to a model were checked only against the fields the model had
 * before, not against each other, so a self-referential has_one (whose relation and inverse are both named
 * {@code user} by default), or a relation named like its new key field, wrote two fields of one name into the
 * model: exit code 0, and a model that does not compile. (The inverse question now refuses the first case
 * itself, so interactive mode asks again: InteractiveSelfReferenceTest.)
 */
class RelationNameClashTest {

    @TempDir
    Path directory;

    private TestProject project;

    @BeforeEach
    void models() {
        project = new TestProject(directory).withUserAndOrder();
    }

    @Test
    void selfReferentialHasOne_withDefaultNames_isRefused_becauseRelationAndInverseWouldShareAName() {
        Map<String, String> before = project.files();

        Run run = project.generate("relation", "--source", "User", "--type", "has_one", "--target", "User",
                "--migration-version", "10");

        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("The inverse 'user' (--inverse) is the name of the relation itself (--name), and "
                + "both would be fields of User; choose another name, or none\n");
        assertThat(project.files()).isEqualTo(before);
    }

    @Test
    void relationNamedLikeItsNewKeyField_isRefused() {
        Map<String, String> before = project.files();

        Run run = project.generate("relation", "--source", "Order", "--type", "belongs_to", "--target", "User",
                "--name", "userId", "--migration-version", "10");

        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Conflict: this generation would add two fields named 'userId' to Order ("
                + project.model("Order") + "): BelongsTo<User> userId = belongsTo(foreignKey(\"user_id\"), inverseOf(\"orders\")) "
                + "and the key field of column user_id; choose other names (--name, --inverse, --foreign-key); no file "
                + "was changed\n");
        assertThat(project.files()).isEqualTo(before);
    }

    @Test
    void selfReferentialBelongsTo_withDistinctNames_stillGeneratesBothSides() {
        Run run = project.generate("relation", "--source", "User", "--type", "belongs_to", "--target", "User",
                "--name", "manager", "--foreign-key", "manager_id", "--inverse", "reports", "--migration-version", "10");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(project.read(project.model("User")))
                .contains("    public Long managerId;\n")
                .contains("public static final BelongsTo<User> manager = belongsTo(foreignKey(\"manager_id\"), inverseOf(\"reports\"));")
                .contains("public static final HasMany<User> reports = hasMany(foreignKey(\"manager_id\"), inverseOf(\"manager\"));");
        assertThat(project.migrationFiles()).containsKey("V10__add_manager_id_to_users.sql");
    }
}
