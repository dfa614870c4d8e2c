package org.activerecord4j.cli;

import static org.activerecord4j.cli.TestProject.PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.activerecord4j.cli.TestProject.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: when a model's last field shares its line with the class's closing brace
 * ({@code public Integer total; }}), the key field and the relation were inserted after that line, outside the
 * class, and the run ended in "Internal error: the generated Order.java does not declare model Order; please report
 * it". A body on one line already gets a message saying what to change; this layout should too.
 */
class ClosingBraceAfterMemberTest {

    @TempDir
    Path directory;

    @Test
    void lastFieldOnTheClosingBracesLine_isRefusedWithWhatToChange_andTouchesNothing() {
        TestProject project = new TestProject(directory).withUserAndOrder();
        project.write("Order", "package " + PACKAGE + ";\n\npublic class Order extends OrderRecord {\n"
                + "    public Long id;\n    public Integer total; }\n");
        Map<String, String> before = project.files();

        Run run = project.generate("relation", "--source", "Order", "--type", "belongs_to", "--target", "User");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Cannot edit " + project.model("Order") + ": the closing brace of class Order is on "
                + "line 5 after a member; put it on a line of its own (no file was changed)\n");
        assertThat(project.files()).isEqualTo(before);
    }
}
