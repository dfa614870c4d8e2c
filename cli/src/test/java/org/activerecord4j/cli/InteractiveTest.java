package org.activerecord4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.activerecord4j.cli.generate.RelationFlags;
import org.activerecord4j.cli.generate.RelationQuestions;
import org.activerecord4j.cli.generate.RelationRequest;
import org.activerecord4j.cli.prompt.Interview;
import org.activerecord4j.cli.prompt.JLinePrompter;
import org.activerecord4j.cli.prompt.StreamPrompter;
import org.activerecord4j.cli.source.RelationKind;
import org.activerecord4j.cli.source.SourceTree;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The questions of generate relation, answered through a real process's standard input, through JLine, and on a stream. */
class InteractiveTest {

    @TempDir
    Path directory;

    private TestProject project;

    @BeforeEach
    void models() {
        project = new TestProject(directory).withUserAndOrder();
    }

    @Test
    void sixQuestionsInOrder_aWrongAnswerIsAskedAgainWithTheChoices_thenTheFilesAreWritten() throws Exception {
        Process process = ar4j("Ordr\nOrder\nbelongs_too\nbelongs_to\nUser\n\n\n\n");

        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(out).isEqualTo("Source model: "
                + "Unknown model 'Ordr'; models under " + project.sources() + ": Order, User\n"
                + "Source model: "
                + "Relation type (belongs_to, has_one, has_many, has_many_through): "
                + "Unknown relation type 'belongs_too'; choose one of: belongs_to, has_one, has_many, has_many_through\n"
                + "Relation type (belongs_to, has_one, has_many, has_many_through): "
                + "Target model: "
                + "Foreign key [user_id]: "
                + "Inverse relation on User, or none [orders]: "
                + "Sync or async [sync]: "
                + "Generated Order belongs_to User:\n"
                + "  edited  " + project.model("Order") + "\n"
                + "  edited  " + project.model("User") + "\n"
                + "  created " + project.migrations().resolve("V10__add_user_id_to_orders.sql") + "\n");
        assertThat(project.read(project.model("Order")))
                .contains("public static final BelongsTo<User> user = belongsTo(foreignKey(\"user_id\"), inverseOf(\"orders\"));");
    }

    @Test
    void answeringAsyncForSyncModels_isAskedAgainWithTheReason_andAnEmptyLineTakesTheSourceModelsKind() throws Exception {
        Process process = ar4j("Order\nbelongs_to\nUser\n\nnone\nasync\n\n");

        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(out).contains("Sync or async [sync]: An async relation was asked, but Order is a sync model (extends "
                + "OrderRecord), and a model's relations are of its kind; answer sync (--async=false), or leave out --async, "
                + "which defaults to the source model's kind\nSync or async [sync]: Generated Order belongs_to User:\n");
        assertThat(project.read(project.model("Order")))
                .contains("public static final BelongsTo<User> user = belongsTo(foreignKey(\"user_id\"));");
    }

    @Test
    void asyncModels_targetOfTheOtherKindIsAskedAgain_andTheKindDefaultsToAsync() {
        TestProject async = new TestProject(directory.resolve("async"));
        for (String[] model : List.of(new String[] {"--package", TestProject.PACKAGE, "--async", "User"},
                new String[] {"--async", "Order"}, new String[] {"Note"})) {
            TestProject.Run run = async.generate("model", model);
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        StringWriter screen = new StringWriter();
        BufferedReader answers = new BufferedReader(new StringReader("Order\nbelongs_to\nNote\nUser\n\n\n\n"));

        RelationRequest request = new RelationQuestions(SourceTree.read(async.sources()),
                new Interview(new StreamPrompter(answers, new PrintWriter(screen))))
                .ask(new RelationFlags(null, null, null, null, null, null, null, null, null, null, List.of()));

        assertThat(request).isEqualTo(new RelationRequest("Order", RelationKind.BELONGS_TO, "User", "user", "user_id", null, null,
                "orders", RelationKind.HAS_MANY, List.of(), true));
        assertThat(screen.toString()).isEqualTo("Source model: Relation type (belongs_to, has_one, has_many, has_many_through): "
                + "Target model: Order is an async model (extends OrderAsyncRecord) but Note is a sync model (extends NoteRecord): "
                + "both models of a relation must be of one kind (the runtime refuses a relation between a sync and an async "
                + "model); choose an async model, or make both of one kind first\n"
                + "Target model: Foreign key [user_id]: Inverse relation on User, or none [orders]: Sync or async [async]: ");
    }

    @Test
    void jlinePrompter_onATerminal_asksTheSameQuestions_andTakesDefaultsFromEmptyLines() throws IOException {
        ByteArrayInputStream answers = new ByteArrayInputStream("User\nhas_many\nOrder\n\n\n\n".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        SourceTree tree = SourceTree.read(project.sources());

        RelationRequest request;
        try (Terminal terminal = TerminalBuilder.builder().system(false).streams(answers, screen).type(Terminal.TYPE_DUMB)
                .build(); JLinePrompter prompter = new JLinePrompter(terminal)) {
            request = new RelationQuestions(tree, new Interview(prompter))
                    .ask(new RelationFlags(null, null, null, null, null, null, null, null, null, null, List.of()));
        }

        assertThat(request).isEqualTo(new RelationRequest("User", RelationKind.HAS_MANY, "Order", "orders", "user_id", null, null,
                "user", RelationKind.HAS_MANY, List.of(), false));
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("Source model: ").contains("Foreign key [user_id]: ")
                .contains("Inverse relation on Order, or none [user]: ").contains("Sync or async [sync]: ");
    }

    /** Starts {@code ar4j generate relation --interactive} in a new JVM and writes {@code answers} to its input. */
    private Process ar4j(String answers) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Ar4j.class.getName(), "generate", "relation", "--interactive",
                "--source-root", project.sources().toString(), "--migrations", project.migrations().toString(),
                "--migration-version", "10"));
        Process process = new ProcessBuilder(command).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(answers.getBytes(StandardCharsets.UTF_8));
        }
        return process;
    }
}
