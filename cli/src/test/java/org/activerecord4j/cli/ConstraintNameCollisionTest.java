package org.activerecord4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.activerecord4j.cli.TestProject.Run;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression: constraint and index names were {@code <prefix>_<table>_<column>}, so table {@code a_b}'s column
 * {@code c_id} and table {@code a}'s column {@code b_c_id} both got {@code idx_a_b_c_id} and {@code fk_a_b_c_id}.
 * Index names are per schema on PostgreSQL and SQLite, foreign-key names per database on MariaDB: the second
 * migration failed on the server. Names that could be read another way now end in a hash of the name.
 */
class ConstraintNameCollisionTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void keyColumnsWhoseTableAndColumnJoinToTheSameName_migrate(String dialect) throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create(dialect, directory)) {
            TestProject project = new TestProject(directory.resolve("project"));
            for (String[] model : new String[][] {{"Alpha", "a"}, {"AlphaBeta", "a_b"}, {"Gamma", "c"}, {"BetaGamma", "b_c"}}) {
                project.write(model[0], "package " + TestProject.PACKAGE + ";\n\nimport org.activerecord4j.Table;\n\n"
                        + "@Table(\"" + model[1] + "\")\npublic class " + model[0] + " extends " + model[0] + "Record {\n"
                        + "    public Long id;\n    public String name;\n}\n");
            }
            int version = 1;
            for (String model : List.of("Alpha", "AlphaBeta", "Gamma", "BetaGamma")) {
                Run create = TestProject.run("schema", "--source-root", project.sources().toString(), "--dialect", dialect, model);
                assertThat(create.exitCode()).as(create.err()).isZero();
                Files.createDirectories(project.migrations());
                Files.writeString(project.migrations().resolve("V" + version++ + "__create_" + model + ".sql"),
                        create.out());
            }
            Run first = project.generate("relation", "--dialect", dialect, "--migration-version", "10", "--source", "AlphaBeta",
                    "--type", "belongs_to", "--target", "Gamma", "--foreign-key", "c_id");
            Run second = project.generate("relation", "--dialect", dialect, "--migration-version", "11", "--source", "Alpha",
                    "--type", "belongs_to", "--target", "BetaGamma", "--foreign-key", "b_c_id");
            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(second.exitCode()).as(second.err()).isZero();

            Run migrate = TestProject.run("migrate", "--url", scratch.url(), "--user", String.valueOf(scratch.user()),
                    "--password", "", "--migrations", project.migrations().toString());

            assertThat(migrate.exitCode()).as(migrate.err()).isZero();
            try (Connection connection = scratch.connect()) {
                assertThat(Catalogue.indexes(connection, scratch, List.of("a_b"))).contains("a_b.idx_a_b_c_id(c_id)");
                assertThat(Catalogue.indexes(connection, scratch, List.of("a")))
                        .anyMatch(index -> index.matches("a\\.idx_a_b_c_id_[0-9a-f]{8}\\(b_c_id\\)"));
                if (!dialect.equals("sqlite")) {
                    assertThat(Catalogue.foreignKeys(connection, scratch, List.of("a", "a_b"))).containsExactly("a.b_c_id>b_c",
                            "a_b.c_id>c");
                }
            }
        }
    }
}
