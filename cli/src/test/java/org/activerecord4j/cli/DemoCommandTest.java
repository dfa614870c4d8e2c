package org.activerecord4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
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
}
