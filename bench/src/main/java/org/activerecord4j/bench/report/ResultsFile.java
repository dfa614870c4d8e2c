package org.activerecord4j.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.activerecord4j.bench.run.DatabaseReport;

/** Writes RESULTS.md: when and where the run happened, one section per database, and how to read it. */
public final class ResultsFile {

    private static final String NOTES = """

            ## Reading these figures

            - S2 and S5 lazy are bound by round trips (10,000 and 201 statements per operation). On the
              server databases their time is mostly the loopback round trip, which on a small VM changes
              from fork to fork with where the scheduler puts the client and the server process; their
              ratios there say little about the libraries. SQLite, in process, shows the per-statement cost.
            - Hibernate maps keys as IDENTITY like the schema, so it inserts S6 row by row: Hibernate turns
              JDBC batching off for IDENTITY keys. Its S2 uses a stateless session so that every lookup
              reaches the database. S2 runs in auto-commit mode in all three implementations.
            - Client CPU is the CPU time of the whole benchmark JVM (every thread: the benchmark, its JDBC
              driver, the garbage collector, the JIT) during the measured iterations, per operation, averaged
              over forks. Where the server is the bottleneck (S7 on the server databases streams as fast as the
              server formats rows) the times tie while the client's cost does not. For SQLite, in process, it
              includes the database's own work. S6 includes deleting the inserted rows after each operation.
            - The quick profile runs one fork with short warm-up per implementation; `--profile full`
              runs two rounds in which the implementations' forks take turns, with longer warm-up and
              measurement, and takes the median over both rounds' samples.
            """;

    private ResultsFile() {
    }

    /**
     * Writes the results.
     *
     * @param file the file, e.g. {@code bench/RESULTS.md}
     * @param profile the profile's name
     * @param command the command that produced the results
     * @param note a remark about the run, or null
     * @param reports one report per database
     * @param runtime how long the whole run took
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, String profile, String command, String note, List<DatabaseReport> reports,
            Duration runtime) throws IOException {
        StringBuilder text = new StringBuilder("# Benchmark results\n\n");
        text.append("Latest run of the `bench` module (see [README.md](README.md) for what each scenario does).\n\n");
        text.append("- Date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT))).append('\n');
        text.append("- Command: `").append(command).append("`\n");
        text.append("- Profile: ").append(profile).append(String.format(Locale.ROOT, ", total runtime %d min %02d s%n",
                runtime.toMinutes(), runtime.toSecondsPart()));
        text.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append('\n');
        text.append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version"))
                .append(" (benchmark forks: -Xms1g -Xmx1g; S7: -Xmx64m)\n");
        for (DatabaseReport report : reports) {
            text.append("- ").append(report.database().id()).append(": ").append(report.version()).append('\n');
        }
        if (note != null && !note.isBlank()) {
            text.append("\n> ").append(note).append('\n');
        }
        text.append("\nMedians of the time per operation (JMH sample time); ratios are to hand-written JDBC in the same run.\n");
        for (DatabaseReport report : reports) {
            text.append("\n## ").append(report.database().id()).append("\n\n");
            text.append(ResultTable.measurements(report)).append('\n');
            text.append(ResultTable.cpu(report)).append('\n');
            text.append(ResultTable.verification(report.verification())).append('\n');
            text.append(ResultTable.targets(TargetCheck.of(report)));
        }
        text.append(NOTES);
        Files.writeString(file, text.toString());
    }
}
