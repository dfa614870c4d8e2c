package org.activerecord4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.activerecord4j.cli.TestProject.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: a generation wrote its files one after the other, so when the migration could not be written
 * (here its directory is under a regular file) the models were already edited. Worse, a second run then found
 * the key field and said "Nothing to change", so the migration (the column, its constraint and index) was never
 * written at all.
 */
class FailedWriteTest {

    @TempDir
    Path directory;

    @Test
    void migrationThatCannotBeWritten_leavesTheModelsAsTheyWere_soARerunWritesEverything() throws IOException {
        TestProject project = new TestProject(directory).withUserAndOrder();
        Path notADirectory = Files.writeString(directory.resolve("migrations.txt"), "not a directory\n");
        Map<String, String> before = project.files();

        Run failed = TestProject.run("generate", "relation", "--source-root", project.sources().toString(), "--migrations",
                notADirectory.resolve("db").toString(), "--source", "Order", "--type", "belongs_to", "--target", "User",
                "--migration-version", "10");

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(project.files()).isEqualTo(before);

        Run again = project.generate("relation", "--source", "Order", "--type", "belongs_to", "--target", "User",
                "--migration-version", "10");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(project.migrationFiles()).containsKey("V10__add_user_id_to_orders.sql");
    }

    @Test
    void failedWrite_saysNoFileWasChanged_andLeavesNoTemporaryFileBehind() throws IOException {
        TestProject project = new TestProject(directory).withUserAndOrder();
        Path notADirectory = Files.writeString(directory.resolve("migrations.txt"), "not a directory\n");

        Run failed = TestProject.run("generate", "relation", "--source-root", project.sources().toString(), "--migrations",
                notADirectory.resolve("db").toString(), "--source", "Order", "--type", "belongs_to", "--target", "User");

        assertThat(failed.err()).startsWith("Writing the generated files failed (no file was changed): ");
        try (Stream<Path> files = Files.walk(directory)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".ar4j-"));
        }
    }
}
