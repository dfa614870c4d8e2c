package org.activerecord4j.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.Callable;
import org.activerecord4j.cli.generate.Generation;
import org.activerecord4j.cli.generate.RelationFlags;
import org.activerecord4j.cli.generate.RelationPlanner;
import org.activerecord4j.cli.generate.RelationQuestions;
import org.activerecord4j.cli.generate.RelationRequest;
import org.activerecord4j.cli.prompt.Interview;
import org.activerecord4j.cli.prompt.JLinePrompter;
import org.activerecord4j.cli.prompt.StreamPrompter;
import org.activerecord4j.cli.source.SourceTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ar4j generate relation}: asks (or takes as flags) source, type, target, foreign key, inverse and
 * sync or async, then edits both models and writes the migration.
 */
@Command(name = "relation", mixinStandardHelpOptions = true,
        description = {"Adds a relation to both models, their foreign-key field, and its migration.",
                "Asks for what the flags do not say when a terminal is attached (or with --interactive).",
                "Both models must be of one kind: sync relations (BelongsTo and the like) between sync models, async "
                        + "ones (AsyncBelongsTo and the like) between async models. Accessor methods (orders(), user() "
                        + "and the setter user(User)) are written only into models that extend ActiveRecord<User> or "
                        + "AsyncActiveRecord<User> directly; for a model extending its generated base (UserRecord, "
                        + "UserAsyncRecord) the annotation processor writes them, so the generator writes none."})
final class GenerateRelationCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private GenerateOptions options;

    @Option(names = "--source", paramLabel = "MODEL", description = "The model that declares the relation, e.g. Order.")
    private String source;

    @Option(names = "--type", paramLabel = "TYPE", description = "belongs_to, has_one, has_many or has_many_through.")
    private String type;

    @Option(names = "--target", paramLabel = "MODEL", description = "The related model, e.g. User.")
    private String target;

    @Option(names = "--foreign-key", paramLabel = "COLUMN",
            description = "The foreign key (default: {target}_id for belongs_to, {source}_id otherwise); of a "
                    + "has_many_through, the join model's key to the source (follower_id when a model has one to itself).")
    private String foreignKey;

    @Option(names = "--through", paramLabel = "MODEL",
            description = "The join model of a has_many_through (default: {Source}{Target}); created when missing.")
    private String through;

    @Option(names = "--target-foreign-key", paramLabel = "COLUMN",
            description = "The join model's key to the target, for has_many_through (default: {target}_id; a "
                    + "has_many_through of a model to itself needs another name than --foreign-key, e.g. followed_id).")
    private String targetForeignKey;

    @Option(names = "--inverse", paramLabel = "NAME",
            description = "The inverse relation on the target, or none (default: orders for Order.user, user for User.orders).")
    private String inverse;

    @Option(names = "--inverse-type", paramLabel = "TYPE", description = "What a belongs_to's inverse is: has_many (default) or has_one.")
    private String inverseType;

    @Option(names = "--name", paramLabel = "NAME", description = "The relation's name (default: user for one, orders for many).")
    private String name;

    @Option(names = "--async", arity = "0..1", paramLabel = "BOOLEAN",
            description = "Async relation, AsyncBelongsTo and the like, between async models (default: the source "
                    + "model's kind; another kind is refused).")
    private Boolean async;

    @Option(names = "--join-column", paramLabel = "NAME:TYPE",
            description = "An extra column of a new join model, e.g. enrolled_at:timestamp (repeatable).")
    private List<String> joinColumns = List.of();

    @Option(names = "--interactive", description = "Ask for missing answers on standard input even without a terminal.")
    private boolean interactive;

    @Override
    public Integer call() throws IOException {
        Generation generation = options.generation(false);
        SourceTree tree = generation.tree();
        RelationFlags flags = new RelationFlags(source, type, target, foreignKey, through, targetForeignKey, inverse, async,
                name, inverseType, joinColumns);
        RelationPlanner planner = new RelationPlanner(generation);
        PrintWriter out = spec.commandLine().getOut();
        RelationRequest request;
        if (interactive) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
            request = new RelationQuestions(tree, new Interview(new StreamPrompter(in, out))).ask(flags);
        } else if (terminalAttached()) {
            try (JLinePrompter prompter = JLinePrompter.onSystemTerminal()) {
                request = new RelationQuestions(tree, new Interview(prompter)).ask(flags);
            }
        } else {
            request = new RelationQuestions(tree, new Interview(null)).ask(flags);
        }
        return options.finish(planner.plan(request), out);
    }

    /**
     * Whether standard input and output are a terminal. From JDK 22 on, {@code System.console()} is not null
     * even when they are redirected, and {@code Console.isTerminal()} (absent from JDK 17) tells.
     */
    private static boolean terminalAttached() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
