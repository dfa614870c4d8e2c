package org.activerecord4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.activerecord4j.cli.TestProject.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: a foreign key whose field name is a Java keyword ({@code class} gives the field {@code class})
 * passed the column check, and the generator then failed on its own output with "Cannot parse Order.java: line
 * 11, column 17: Parse error. Found "class"; fix the file and run again": it blamed the user's model file, which
 * is fine, and in interactive mode the answer was not asked again.
 */
class KeywordForeignKeyTest {

    @TempDir
    Path directory;

    @Test
    void foreignKeyWhoseFieldWouldBeAJavaKeyword_isRefusedAsAForeignKey() {
        TestProject project = new TestProject(directory).withUserAndOrder();
        Map<String, String> before = project.files();

        Run run = project.generate("relation", "--source", "Order", "--type", "belongs_to", "--target", "User",
                "--foreign-key", "class");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Foreign key 'class' would be the Java field 'class', which is a Java keyword; "
                + "choose another column name\n");
        assertThat(project.files()).isEqualTo(before);
    }

    @Test
    void sqlKeywordAsForeignKey_isQuotedAndAccepted() {
        TestProject project = new TestProject(directory).withUserAndOrder();

        Run run = project.generate("relation", "--source", "Order", "--type", "belongs_to", "--target", "User",
                "--name", "buyer", "--foreign-key", "select", "--migration-version", "10");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(project.migrationFiles().get("V10__add_select_to_orders.sql")).contains("ALTER TABLE `orders` ADD COLUMN "
                + "`select` BIGINT CONSTRAINT `fk_orders_select` REFERENCES `users`(`id`);");
    }
}
