package org.activerecord4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {

    @Test
    void demo_runsOnEmbeddedSqlite_andPrintsTheSqlOfEachQuery(@TempDir Path directory) {
        StringWriter output = new StringWriter();
        CommandLine commandLine = new CommandLine(new Ar4j()).setOut(new PrintWriter(output));

        int exitCode = commandLine.execute("demo", "--database", directory.resolve("demo.db").toString());

        assertThat(exitCode).isZero();
        assertThat(output.toString())
                .contains("SQL> CREATE TABLE IF NOT EXISTS \"authors\"")
                .contains("SQL> SELECT \"id\", \"author_id\", \"title\", \"likes\", \"published_on\" FROM \"posts\" WHERE \"likes\" >= ? ORDER BY \"likes\" DESC  [7]")
                .contains("popular posts: [Batching, Queries that compile, Relationships first]")
                .contains("Ann's post count: 2")
                .contains("SQL> UPDATE \"posts\" SET \"likes\" = ? WHERE \"id\" = ?")
                .contains("rolled back because: changed my mind")
                .contains("authors: 2");
        assertThat(output.toString().split("UPDATE \"posts\"", -1)).hasSize(2);
    }

    @Test
    void demo_readsOneReportLazilyAndEagerly_andTheEagerStatementCountStaysAtOnePerLevel(@TempDir Path directory) {
        StringWriter output = new StringWriter();
        CommandLine commandLine = new CommandLine(new Ar4j()).setOut(new PrintWriter(output));

        int exitCode = commandLine.execute("demo", "--database", directory.resolve("demo.db").toString());

        assertThat(exitCode).isZero();
        String text = output.toString();
        assertThat(text)
                .contains("SQL> SELECT \"id\", \"author_id\", \"title\", \"likes\", \"published_on\" FROM \"posts\" "
                        + "WHERE \"author_id\" IN (?, ?, ?) ORDER BY \"id\" ASC  [1, 2, 3]")
                .contains("SQL> SELECT \"id\", \"post_id\", \"commenter\", \"body\" FROM \"comments\" "
                        + "WHERE \"post_id\" IN (?, ?, ?, ?) ORDER BY \"id\" ASC  [1, 2, 3, 4]");
        for (String line : List.of("Hello, world: 2 comments (Bob, Cy)", "Queries that compile: no comments",
                "Batching: 3 comments (Cy, Ann, Bob)", "Cy: no posts")) {
            assertThat(text.split(Pattern.quote(line), -1)).as("'%s' in the lazy and the eager report", line).hasSize(3);
        }
        List<Integer> lazy = counts(text, "lazy load");
        List<Integer> eager = counts(text, "eager load");
        assertThat(lazy).containsExactly(8, 23);   // 1 + authors + posts, before and after adding rows
        assertThat(eager).containsExactly(3, 3);   // authors, posts, comments: one statement per level
    }

    private static List<Integer> counts(String text, String label) {
        return Pattern.compile("  " + label + ": (\\d+) statements").matcher(text).results()
                .map(match -> Integer.parseInt(match.group(1))).toList();
    }
}
