package org.activerecord4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.activerecord4j.cli.TestProject.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: running a has_many_through generation with {@code --join-column} a second time failed with
 * "--join-column applies when the join model is created, but UserRole exists" (exit code 1), although the README
 * promises that running a generation again says {@code Nothing to change}.
 */
class RerunJoinColumnTest {

    @TempDir
    Path directory;

    @Test
    void hasManyThroughWithJoinColumn_runTwice_saysNothingToChange_andLeavesEveryFile() {
        TestProject project = new TestProject(directory).withUserAndOrder();
        assertThat(project.generate("model", "--migration-version", "3", "Role", "name:string{40}").exitCode()).isZero();
        String[] arguments = {"--source", "User", "--type", "has_many_through", "--target", "Role", "--join-column",
                "granted_at:timestamp", "--migration-version", "10"};
        Run first = project.generate("relation", arguments);
        assertThat(first.exitCode()).as(first.err()).isZero();
        Map<String, String> once = project.files();

        Run again = project.generate("relation", arguments);

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo("Nothing to change: the sources already declare User has_many_through Role via UserRole.\n");
        assertThat(project.files()).isEqualTo(once);
    }

    @Test
    void joinColumnTheExistingJoinModelLacks_isStillRefused() {
        TestProject project = new TestProject(directory).withUserAndOrder();
        assertThat(project.generate("model", "--migration-version", "3", "Role", "name:string{40}").exitCode()).isZero();
        project.generate("relation", "--source", "User", "--type", "has_many_through", "--target", "Role",
                "--migration-version", "10");
        Map<String, String> before = project.files();

        Run run = project.generate("relation", "--source", "User", "--type", "has_many_through", "--target", "Role",
                "--join-column", "granted_at:timestamp");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("--join-column applies when the join model is created, but UserRole exists ("
                + project.model("UserRole") + "); add the columns to it by hand\n");
        assertThat(project.files()).isEqualTo(before);
    }
}
