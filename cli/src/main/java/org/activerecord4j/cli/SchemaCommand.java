package org.activerecord4j.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.activerecord4j.cli.source.SourceModel;
import org.activerecord4j.cli.source.SourceTables;
import org.activerecord4j.cli.source.SourceTree;
import org.activerecord4j.schema.DdlWriter;
import org.activerecord4j.schema.TableDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ar4j schema}: the DDL of the models' tables, by the writer createTables and the migrations use. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints CREATE TABLE and CREATE INDEX for the models under the source root in a dialect.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SourceOptions source;

    @Parameters(paramLabel = "MODEL", description = "The models to print (default: all), referenced tables first.")
    private List<String> models = List.of();

    @Override
    public Integer call() {
        DdlWriter writer = source.writer().multiline();
        SourceTree tree = SourceTree.read(source.sourceRoot);
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
