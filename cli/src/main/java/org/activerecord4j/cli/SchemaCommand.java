package org.activerecord4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.activerecord4j.cli.source.GeneratorException;
import org.activerecord4j.cli.source.SourceModel;
import org.activerecord4j.cli.source.SourceTables;
import org.activerecord4j.cli.source.SourceTree;
import org.activerecord4j.schema.DdlWriter;
import org.activerecord4j.schema.TableDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ar4j schema}: the DDL of the models' tables, by the writer createTables and the migrations use. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints CREATE TABLE and CREATE INDEX for the models under the source root in a dialect.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--source-root", paramLabel = "DIR", defaultValue = "src/main/java",
            description = "Where the model sources are (default: ${DEFAULT-VALUE}).")
    private Path sourceRoot;

    @Option(names = "--dialect", paramLabel = "NAME", defaultValue = "sqlite",
            description = "sqlite, postgresql, mariadb or mysql (default: ${DEFAULT-VALUE}).")
    private String dialect;

    @Parameters(paramLabel = "MODEL", description = "The models to print (default: all), referenced tables first.")
    private List<String> models = List.of();

    @Override
    public Integer call() {
        DdlWriter writer;
        try {
            writer = DdlWriter.forDialect(dialect).multiline();
        } catch (IllegalArgumentException e) {
            throw new GeneratorException(e.getMessage());
        }
        SourceTree tree = SourceTree.read(sourceRoot);
        Set<String> tables = models.stream().map(tree::requireModel).map(SourceModel::table).collect(Collectors.toSet());
        PrintWriter out = spec.commandLine().getOut();
        for (TableDefinition table : new SourceTables(tree.models(), tree::isEnum).ordered()) {
            if (tables.isEmpty() || tables.contains(table.name())) {
                writer.createTable(table).forEach(statement -> out.println(statement + ";"));
                out.println();
            }
        }
        out.flush();
        return 0;
    }
}
