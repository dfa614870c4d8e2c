package org.activerecord4j.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.activerecord4j.bench.Implementation;
import org.activerecord4j.bench.Scenario;
import org.activerecord4j.bench.run.DatabaseReport;

/**
 * Writes RESULTS.md: when and where the run happened, one section per database, and how to read it. The
 * file has two parts, each rewritten only by a run that measured it: the comparison with JDBC and
 * the peers, and below the heading {@value #ASYNC_HEADING} the async twins against activerecord4j's sync
 * calls, so that an {@code --async} run keeps the comparison and a default run keeps the async twins.
 */
public final class ResultsFile {

    /** The heading of the async twins' part. */
    static final String ASYNC_HEADING = "# Async twins";

    private static final String NOTES = """

            ## Reading these figures

            - Headline: client CPU and bytes allocated per operation, each as a ratio to hand-written JDBC; wall
              time beside them. Each implementation runs several JMH forks, in rounds of one fork per
              implementation, the order rotated from round to round. A ratio is the median over the rounds of
              the implementation's fork divided by JDBC's fork of the same round, with the lowest and highest
              of those ratios in brackets; an absolute figure is the median over the forks, min–max in brackets.
            - A target is marked met or missed only when the whole range is on one side of it; a comparison with
              a peer only when the two ranges do not overlap ("within spread" otherwise). A run in which a
              target's verdict is left open by the spread fails unless `--no-spread-check` is given, in which
              case the target reads "undecided".
            - Client CPU is the CPU time of the whole benchmark JVM (every thread: the benchmark, its JDBC
              driver, the garbage collector, the JIT) per operation: a fork's figure is the median of its
              measured iterations' (S6 and S7, one or two operations per iteration, and S3, whose young collections
              come every nine or so operations: their total over their operations, so that every collection counts).
              The time is each thread's nanoseconds on a CPU from Linux's `/proc/self/task/*/schedstat`,
              summed, threads that ended counting with their last reading (`ProcessCpuClock`). Allocation is JMH's GC
              profiler's `gc.alloc.rate.norm` (bytes allocated by all threads per operation). For SQLite, in process,
              both include the database's own work. S6's CPU includes deleting the inserted rows after each operation
              and, on PostgreSQL, vacuuming the table (so that S6 and the scenarios after it read a table without dead
              rows); its wall time does not.
            - ‡ S2 and S5 lazy are bound by round trips (10,000 and 201 statements per operation). On the
              server databases their wall time is mostly the loopback round trip, which on a small VM changes
              from fork to fork with where the scheduler puts the client and the server process; their wall-time
              ratios there say little about the libraries, their CPU and allocation do. SQLite, in process,
              shows the per-statement cost.
            - S2 runs in auto-commit mode in every implementation; how each implementation does each scenario
              (sessions, fetching, batching) is in [README.md](README.md#scenarios).
            - The quick profile runs one fork per implementation with short iterations: no spread, so its
              verdicts are only indicative; `--profile full` runs 3 forks per implementation (S2 and S3, whose
              forks differ most: 5) in rotated rounds with longer warm-up and measurement, for figures to publish.
            """;

    private static final String ASYNC_NOTES = """

            ## Reading the async figures

            - Each awaited twin makes the sync scenario's calls through `AsyncActiveRecord` and `AsyncQuery` and
              waits for each future with `join()` before the next call, so the ratio is what the async front door
              adds to the same statements: handing the work to the database's async executor and the result back.
              On JDK 17 that executor is a fixed pool of as many platform threads as the pool has connections
              (10); on JDK 21 and later, virtual threads. S2 and S5 lazy, with 10,000 and 201 calls per operation,
              pay that hand-over once per call.
            - S7's twin subscribes to `Reading.query().stream()` with a subscriber that requests 100 readings at
              a time, and fails unless it read all 1,000,000 with the expected checksum.
            - S8 runs S2's 10,000 lookups at once on a pool of 10 connections: sync, `User.findOne(id)` on a fixed
              pool of 10 platform threads, each taking the next key; async, 10,000 `User.findOne(id)` futures issued
              from one thread, then `CompletableFuture.allOf(…).join()`. Lookups/s is 10,000 over the median time.
            """;

    private ResultsFile() {
    }

    /**
     * Writes the results: the comparison part when the run has one ({@link #showsComparison}), the async part
     * when it measured the async twin; the other part of an existing file is kept.
     *
     * @param file the file, e.g. {@code bench/RESULTS.md}
     * @param profile the profile, as {@link org.activerecord4j.bench.run.Profile#describe()} says it
     * @param command the command that produced the results
     * @param note a remark about the run, or null
     * @param reports one report per database
     * @param runtime how long the whole run took
     * @throws IOException when the file cannot be read or written
     */
    public static void write(Path file, String profile, String command, String note, List<DatabaseReport> reports,
            Duration runtime) throws IOException {
        String existing = Files.exists(file) ? Files.readString(file) : "";
        int asyncStart = existing.startsWith(ASYNC_HEADING + "\n") ? 0 : existing.indexOf("\n" + ASYNC_HEADING + "\n");
        String comparison = asyncStart < 0 ? existing : existing.substring(0, asyncStart).strip();
        String async = asyncStart < 0 ? "" : existing.substring(asyncStart).strip();
        comparison = comparison.isEmpty() ? "" : comparison.stripTrailing() + "\n";
        async = async.isEmpty() ? "" : async + "\n";
        if (reports.stream().anyMatch(ResultsFile::showsComparison)) {
            comparison = comparison(profile, command, note, reports, runtime);
        }
        if (reports.stream().anyMatch(report -> report.measured(Implementation.ACTIVERECORD4J_ASYNC))) {
            async = async(profile, command, note, reports, runtime);
        }
        String separator = comparison.isEmpty() || async.isEmpty() ? "" : "\n";
        Files.writeString(file, comparison + separator + async);
    }

    /**
     * Returns whether the report has a comparison with JDBC and the peers to show: it measured one of them,
     * or it is not an async twins' report (a run of activerecord4j alone shows the comparison's table).
     *
     * @param report the report
     * @return true when {@link #comparisonSection} applies
     */
    public static boolean showsComparison(DatabaseReport report) {
        return !report.measured(Implementation.ACTIVERECORD4J_ASYNC) || report.implementations().stream()
                .anyMatch(implementation -> implementation != Implementation.ACTIVERECORD4J
                        && implementation != Implementation.ACTIVERECORD4J_ASYNC);
    }

    /**
     * Renders one database's comparison with JDBC and the peers, as the console and RESULTS.md show it.
     *
     * @param report the report
     * @return Markdown
     */
    public static String comparisonSection(DatabaseReport report) {
        // S8 without the async twin (--scenarios S8): its sync figures, which the async part would show otherwise.
        String concurrency = report.measured(Implementation.ACTIVERECORD4J_ASYNC) ? "" : AsyncResultTable.concurrency(report);
        String roundTrips = ResultTable.roundTripNote(report);
        return ResultTable.measurements(report) + '\n' + (roundTrips.isEmpty() ? "" : roundTrips + '\n')
                + (concurrency.isEmpty() ? "" : concurrency + '\n')
                + ResultTable.verification(report.verification()) + '\n' + ResultTable.targets(TargetCheck.of(report));
    }

    /**
     * Renders one database's async twins, as the console and RESULTS.md show them; with the verification unless
     * the comparison shows it.
     *
     * @param report the report
     * @return Markdown
     */
    public static String asyncSection(DatabaseReport report) {
        String concurrency = AsyncResultTable.concurrency(report);
        String verification = showsComparison(report) ? ""
                : ResultTable.verification(report.verification()) + '\n';
        return AsyncResultTable.twins(report) + '\n' + (concurrency.isEmpty() ? "" : concurrency + '\n') + verification
                + ResultTable.targets(TargetCheck.async(report));
    }

    private static String comparison(String profile, String command, String note, List<DatabaseReport> reports,
            Duration runtime) {
        StringBuilder text = new StringBuilder("# Benchmark results\n\n");
        text.append("Latest run of the `bench` module (see [README.md](README.md) for what each scenario does).\n\n");
        header(text, profile, command, note, reports, runtime, "");
        text.append("\nClient CPU and allocation per operation are the headline, wall time (JMH sample time) beside them; ")
                .append("ratios are to hand-written JDBC's fork of the same round, medians over the rounds with min–max ")
                .append("in brackets (see [Reading these figures](#reading-these-figures)). Every scenario is listed.\n");
        for (DatabaseReport report : reports) {
            if (showsComparison(report)) {
                text.append("\n## ").append(report.database().id()).append("\n\n").append(comparisonSection(report));
            }
        }
        return text.append(NOTES).toString();
    }

    private static String async(String profile, String command, String note, List<DatabaseReport> reports,
            Duration runtime) {
        StringBuilder text = new StringBuilder(ASYNC_HEADING).append("\n\n");
        text.append("activerecord4j's async API against its own sync calls, in the same run (`--async`; see ")
                .append("[README.md](README.md#async-twins)).\n\n");
        header(text, profile, command, note, reports, runtime, "; async executor: " + executor());
        text.append("\nMedians over the forks of the time per operation (JMH sample time), min–max in brackets; ratios are ")
                .append("async / sync, paired by round, median and min–max over the rounds.\n");
        for (DatabaseReport report : reports) {
            if (report.measured(Implementation.ACTIVERECORD4J_ASYNC)) {
                text.append("\n## ").append(report.database().id()).append(": async twins\n\n").append(asyncSection(report));
            }
        }
        return text.append(ASYNC_NOTES).toString();
    }

    private static void header(StringBuilder text, String profile, String command, String note, List<DatabaseReport> reports,
            Duration runtime, String forkNote) {
        text.append("- Date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT))).append('\n');
        text.append("- Command: `").append(command).append("`\n");
        text.append("- Profile: ").append(profile).append(String.format(Locale.ROOT, ", total runtime %d min %02d s%n",
                runtime.toMinutes(), runtime.toSecondsPart()));
        text.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append('\n');
        text.append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version"))
                .append(" (benchmark forks: ").append(String.join(" ", Scenario.defaultHeapArguments()));
        for (Scenario scenario : Scenario.values()) {
            if (!scenario.heapArguments().equals(Scenario.defaultHeapArguments())) {
                text.append("; ").append(scenario.label()).append(": ").append(String.join(" ", scenario.heapArguments()));
            }
        }
        text.append(forkNote).append(")\n");
        for (DatabaseReport report : reports) {
            text.append("- ").append(report.database().id()).append(": ").append(report.version()).append('\n');
        }
        if (note != null && !note.isBlank()) {
            text.append("\n> ").append(note).append('\n');
        }
    }

    /** The async executor the forks get: they run on this JVM's java. */
    private static String executor() {
        return Runtime.version().feature() >= 21 ? "virtual threads" : "a fixed pool of platform threads, one per connection";
    }
}
