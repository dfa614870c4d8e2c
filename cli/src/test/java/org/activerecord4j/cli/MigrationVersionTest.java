package org.activerecord4j.cli;

import static org.activerecord4j.cli.TestProject.PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.activerecord4j.cli.TestProject.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: --migration-version took only digits, so Flyway's dotted versions ({@code 1.1}, {@code 1_1}) were
 * refused as "not a number", and migrations named with them were left out of the newest version, so a version
 * below one of them was accepted and Flyway then refused to run it after the higher one.
 */
class MigrationVersionTest {

    @TempDir
    Path directory;

    @Test
    void flywayVersions_areAccepted_comparedAsFlywayDoes_andTheRestRefused() throws Exception {
        TestProject project = new TestProject(directory);
        assertThat(project.generate("model", "--package", PACKAGE, "--migration-version", "1", "User", "name:string").exitCode())
                .isZero();

        Run underscore = project.generate("model", "--migration-version", "1_1", "Tag", "name:string");
        Run dotted = project.generate("model", "--migration-version", "1.9", "Label", "name:string");
        Run tenth = project.generate("model", "--migration-version", "1.10", "Badge", "name:string");

        assertThat(underscore.exitCode()).as(underscore.err()).isZero();
        assertThat(dotted.exitCode()).as(dotted.err()).isZero();
        assertThat(tenth.exitCode()).as(tenth.err()).isZero();
        assertThat(project.migrationFiles()).containsOnlyKeys("V1__create_users.sql", "V1_1__create_tags.sql",
                "V1.9__create_labels.sql", "V1.10__create_badges.sql");

        Files.writeString(project.migrations().resolve("V2.5__by_hand.sql"), "CREATE TABLE memos (body TEXT);\n");
        Map<String, String> before = project.files();
        for (String[] refused : new String[][] {
                {"2", "--migration-version must be greater than the newest migration in " + project.migrations()
                        + " (V2.5__by_hand.sql, version 2.5) but was '2'\n"},
                {"2.5.0", "--migration-version must be greater than the newest migration in " + project.migrations()
                        + " (V2.5__by_hand.sql, version 2.5) but was '2.5.0'\n"},
                {"V3__", "--migration-version must be a Flyway version, numbers separated by dots or underscores (e.g. 3, "
                        + "20240521143000, 1.1 or 1_1), but was 'V3__'; give it without the V and the __: 3\n"},
                {"3.x", "--migration-version must be a Flyway version, numbers separated by dots or underscores (e.g. 3, "
                        + "20240521143000, 1.1 or 1_1), but was '3.x'\n"},
                {"3..1", "--migration-version must be a Flyway version, numbers separated by dots or underscores (e.g. 3, "
                        + "20240521143000, 1.1 or 1_1), but was '3..1'\n"}}) {
            Run run = project.generate("model", "--migration-version", refused[0], "Note", "body:text");
            assertThat(run.exitCode()).as(refused[0]).isEqualTo(1);
            assertThat(run.err()).isEqualTo(refused[1]);
        }
        assertThat(project.files()).isEqualTo(before);
        assertThat(project.generate("model", "--migration-version", "2_6", "Note", "body:text").exitCode()).isZero();

        Run migrate = TestProject.run("migrate", "--url", "jdbc:sqlite:" + directory.resolve("app.db"), "--migrations",
                project.migrations().toString());
        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.out()).endsWith(":\n  V1__create_users.sql\n  V1_1__create_tags.sql\n  V1.9__create_labels.sql\n"
                + "  V1.10__create_badges.sql\n  V2.5__by_hand.sql\n  V2_6__create_notes.sql\n");
    }
}
