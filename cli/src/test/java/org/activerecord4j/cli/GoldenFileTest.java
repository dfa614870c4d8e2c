package org.activerecord4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activerecord4j.cli.TestProject.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editing hand-written sources keeps every byte outside the inserted lines: comments, a multi-line
 * declaration, two-space and tab indentation, CRLF line endings, a transient field, imports with comments.
 * {@code User} extends its generated base, so it gets no accessor; {@code Order} extends {@code ActiveRecord<Order>}
 * directly, so its getter and setter are inserted too. The expected files are in {@code src/test/resources/golden/after}.
 */
class GoldenFileTest {

    @TempDir
    Path directory;

    @Test
    void belongsTo_intoHandWrittenSources_matchesTheGoldenFiles_andOnlyAddsLines() {
        TestProject project = new TestProject(directory);
        for (String model : List.of("User", "Order", "Profile")) {
            project.write(model, resource("before/" + model + ".java"));
        }

        Run run = project.generate("relation", "--source", "Order", "--type", "belongs_to", "--target", "User",
                "--dialect", "mariadb", "--migration-version", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String model : List.of("User", "Order")) {
            String before = resource("before/" + model + ".java");
            String after = project.read(project.model(model));
            assertThat(after).as(model).isEqualTo(resource("after/" + model + ".java"));
            assertThat(onlyAddsLines(before, after)).as(model + ": every line of the original, in order").isTrue();
        }
        assertThat(project.read(project.model("Profile"))).isEqualTo(resource("before/Profile.java"));
        assertThat(project.migrationFiles()).containsExactly(
                org.assertj.core.api.Assertions.entry("V1__add_user_id_to_orders.sql", resource("after/V1__add_user_id_to_orders.sql")));
    }

    @Test
    void windowsLineEndings_stayWindowsLineEndings() throws IOException {
        TestProject project = new TestProject(directory);
        for (String model : List.of("User", "Order", "Profile")) {
            project.write(model, resource("before/" + model + ".java"));
        }

        project.generate("relation", "--source", "Order", "--type", "belongs_to", "--target", "User");

        String order = Files.readString(project.model("Order"));
        assertThat(order.replace("\r\n", "")).doesNotContain("\n");
    }

    /** Whether {@code after} is {@code before} with lines inserted and none changed or removed. */
    private static boolean onlyAddsLines(String before, String after) {
        List<String> original = before.lines().toList();
        int matched = 0;
        for (String line : after.lines().toList()) {
            if (matched < original.size() && original.get(matched).equals(line)) {
                matched++;
            }
        }
        return matched == original.size();
    }

    private static String resource(String name) {
        try (InputStream in = GoldenFileTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
