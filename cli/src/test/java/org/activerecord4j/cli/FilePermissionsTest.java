package org.activerecord4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.activerecord4j.cli.TestProject.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: every file was written through {@code Files.createTempFile}, which creates it readable by its owner
 * only ({@code rw-------}), and moved into place, so an edited model lost the permissions it had
 * ({@code rw-r--r--} became {@code rw-------}) and every new model and migration was unreadable to the group and
 * others, unlike any file the user's editor or build writes. POSIX file systems only.
 */
class FilePermissionsTest {

    @TempDir
    Path directory;

    private TestProject project;

    @BeforeEach
    void models() {
        org.junit.jupiter.api.Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        project = new TestProject(directory).withUserAndOrder();
    }

    @Test
    void editedModel_keepsItsPermissions() throws IOException {
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(project.model("Order"), shared);

        Run run = project.generate("relation", "--source", "Order", "--type", "belongs_to", "--target", "User",
                "--migration-version", "10");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(project.model("Order")))).isEqualTo("rw-rw-r--");
    }

    @Test
    void newMigrationAndModel_getThePermissionsOfAnyNewFileThere() throws IOException {
        Path migration = project.migrations().resolve("V10__add_user_id_to_orders.sql");
        String usual = permissionsOfANewFile(project.migrations());

        Run run = project.generate("relation", "--source", "Order", "--type", "belongs_to", "--target", "User",
                "--migration-version", "10");
        Run join = project.generate("model", "--migration-version", "11", "Tag", "name:string");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(join.exitCode()).as(join.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(migration))).isEqualTo(usual);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(project.model("Tag")))).isEqualTo(usual);
    }

    /** The permissions a file gets when created the ordinary way (0666 less the umask). */
    private static String permissionsOfANewFile(Path directory) throws IOException {
        Path probe = Files.writeString(directory.resolve("probe.txt"), "");
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
        } finally {
            Files.delete(probe);
        }
    }
}
