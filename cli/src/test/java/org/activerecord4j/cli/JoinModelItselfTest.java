package org.activerecord4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.activerecord4j.cli.TestProject.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: a has_many_through whose join model is its own target or source ({@code --through Role}, or the
 * answer Role to "Join model [UserRole]") was accepted: Role got the keys user_id and role_id, the latter
 * referencing roles itself, and both models a relation through Role.
 */
class JoinModelItselfTest {

    @TempDir
    Path directory;

    private TestProject project;

    @BeforeEach
    void models() {
        project = new TestProject(directory).withUserAndOrder();
        assertThat(project.generate("model", "--migration-version", "3", "Role", "name:string{40}").exitCode()).isZero();
    }

    @Test
    void joinModelThatIsTheTarget_isRefused_andTouchesNothing() {
        assertRefused("The join model of User has_many_through Role must be a third model, not Role; e.g. UserRole", "Role");
    }

    @Test
    void joinModelThatIsTheSource_isRefused_andTouchesNothing() {
        assertRefused("The join model of User has_many_through Role must be a third model, not User; e.g. UserRole", "User");
    }

    private void assertRefused(String message, String through) {
        Map<String, String> before = project.files();

        Run run = project.generate("relation", "--source", "User", "--type", "has_many_through", "--target", "Role",
                "--through", through);

        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(message + "\n");
        assertThat(project.files()).isEqualTo(before);
    }
}
