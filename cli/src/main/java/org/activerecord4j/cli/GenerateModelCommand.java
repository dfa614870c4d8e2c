package org.activerecord4j.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.activerecord4j.cli.generate.ModelPlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ar4j generate model Order user:references total:decimal{10,2} placed_at:timestamp}, sync or {@code --async}. */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = {"Writes a new model and its CREATE TABLE migration.",
                "Fields are name:type with type one of string (string{120} for a length), text, integer, bigint, "
                        + "decimal (decimal{10,2}), boolean, double, date, timestamp (Instant), datetime (LocalDateTime), "
                        + "uuid, binary, references (user:references is a belongs_to User with a NOT NULL user_id, "
                        + "its foreign key and index, and the has_many inverse on User).",
                "The model extends its generated base (OrderRecord, or OrderAsyncRecord with --async), into which the "
                        + "annotation processor writes the relation accessors, so the model gets none."})
final class GenerateModelCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private GenerateOptions options;

    @Option(names = "--package", paramLabel = "NAME",
            description = "Package of the new model (default: the package of the existing models).")
    private String packageName;

    @Option(names = "--async", description = "Write an async model: class Order extends OrderAsyncRecord, whose calls "
            + "return futures, with Async relations; the models it references must be async too (default: sync, extends "
            + "OrderRecord).")
    private boolean async;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model's class name, e.g. Order.")
    private String name;

    @Parameters(index = "1..*", paramLabel = "FIELD", description = "Its fields, e.g. user:references total:decimal{10,2}.")
    private List<String> fields = List.of();

    @Override
    public Integer call() {
        ModelPlanner planner = new ModelPlanner(options.generation(true));
        return options.finish(planner.plan(name, packageName, fields, async), spec.commandLine().getOut());
    }
}
