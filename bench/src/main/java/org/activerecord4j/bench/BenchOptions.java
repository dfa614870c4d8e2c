package org.activerecord4j.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.activerecord4j.bench.db.BenchDatabase;
import org.activerecord4j.bench.run.Profile;

/**
 * The runner's command line, parsed and checked.
 *
 * @param databases the databases to run on (those not reachable are skipped)
 * @param profile how long to measure
 * @param scenarios the scenarios to run
 * @param implementations the implementations to run
 * @param output where RESULTS.md goes, or null not to write it
 * @param note a remark written into RESULTS.md, or null
 * @param forkArguments extra JVM arguments for every JMH fork (e.g. a flight recording)
 * @param showSql whether to print the SQL activerecord4j issues per scenario
 * @param verify whether to compare checksums and count S5's statements first
 * @param spreadCheck whether a target the spread cannot decide fails the run (otherwise it reads "undecided")
 */
public record BenchOptions(List<BenchDatabase> databases, Profile profile, List<Scenario> scenarios,
        List<Implementation> implementations, Path output, String note, List<String> forkArguments, boolean showSql,
        boolean verify, boolean spreadCheck) {

    /** The implementations {@code --async} compares. */
    private static final List<Implementation> ASYNC_TWINS = List.of(Implementation.ACTIVERECORD4J,
            Implementation.ACTIVERECORD4J_ASYNC);

    /** The usage text. */
    public static final String USAGE = """
            Usage: java -jar bench/target/benchmarks.jar [options]
              --profile quick|full          quick (default): 1 fork per implementation, short iterations;
                                            full: 3 forks (S2, S3: 5) in rotated rounds, each settling its
                                            JIT first, longer iterations, for figures to publish
              --databases LIST              sqlite,postgresql,mariadb (default: all; unreachable servers are skipped)
              --scenarios LIST              S1,S2,S3,S4,S5,S6,S7 (default), S8 (activerecord4j sync and async only)
              --implementations LIST        default: jdbc, activerecord4j and the peers; also activerecord4j-async
              --async                       the async twins: activerecord4j-async against activerecord4j
                                            in S1 to S8 (unless --implementations or --scenarios say otherwise)
              --output FILE                 results file (default: RESULTS.md beside target/ for complete runs;
                                            an --async run writes its "Async twins" section)
              --no-output                   do not write a results file
              --note TEXT                   a remark to write into the results file
              --fork-args "ARGS"            extra JVM arguments for the JMH forks, e.g. a flight recording;
                                            {run} becomes <database>-<scenario>-<implementation>[-<round>]
              --show-sql                    print the SQL activerecord4j issues for each scenario
              --no-verify                   skip the checksum comparison and S5's statement counts
              --no-spread-check             report targets the spread cannot decide as "undecided" instead of
                                            failing the run (exit status 3) without writing the results file
            """;

    /**
     * Parses the arguments.
     *
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException describing the first bad argument
     */
    public static BenchOptions parse(String... args) {
        List<BenchDatabase> databases = List.of(BenchDatabase.values());
        Profile profile = Profile.QUICK;
        List<Scenario> scenarios = null;
        List<Implementation> implementations = null;
        boolean async = false;
        Path output = null;
        boolean explicitOutput = false;
        boolean noOutput = false;
        String note = null;
        List<String> forkArguments = List.of();
        boolean showSql = false;
        boolean verify = true;
        boolean spreadCheck = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--profile" -> profile = Profile.byName(value(args, ++i, arg));
                case "--databases" -> databases = split(value(args, ++i, arg)).stream().map(BenchDatabase::byId).distinct().toList();
                case "--scenarios" -> scenarios = scenarios(value(args, ++i, arg));
                case "--implementations" -> implementations = split(value(args, ++i, arg)).stream()
                        .map(Implementation::byId).distinct().sorted().toList();
                case "--async" -> async = true;
                case "--output" -> {
                    output = Path.of(value(args, ++i, arg));
                    explicitOutput = true;
                }
                case "--no-output" -> noOutput = true;
                case "--note" -> note = value(args, ++i, arg);
                case "--fork-args" -> forkArguments = Arrays.stream(value(args, ++i, arg).trim().split("\\s+"))
                        .filter(part -> !part.isEmpty()).toList();
                case "--show-sql" -> showSql = true;
                case "--no-verify" -> verify = false;
                case "--no-spread-check" -> spreadCheck = false;
                default -> throw new IllegalArgumentException("Unknown option '" + arg + "'\n" + USAGE);
            }
        }
        if (scenarios == null) {
            scenarios = async ? List.of(Scenario.values()) : Scenario.defaults();
        }
        if (implementations == null) {
            implementations = async ? ASYNC_TWINS : Implementation.defaults();
        }
        if (noOutput) {
            output = null;
        } else if (!explicitOutput && complete(scenarios, implementations)) {
            output = BenchDatabase.defaultSqliteFile().getParent().resolveSibling("RESULTS.md");
        }
        return new BenchOptions(databases, profile, scenarios, implementations, output, note, forkArguments, showSql, verify,
                spreadCheck);
    }

    /**
     * Returns whether a run measures everything one section of RESULTS.md shows: every default scenario with
     * the default implementations, or every scenario with activerecord4j and its async twin.
     */
    private static boolean complete(List<Scenario> scenarios, List<Implementation> implementations) {
        return scenarios.containsAll(Scenario.defaults()) && implementations.containsAll(Implementation.defaults())
                || scenarios.containsAll(List.of(Scenario.values())) && implementations.containsAll(ASYNC_TWINS);
    }

    private static List<Scenario> scenarios(String list) {
        Set<Scenario> chosen = new LinkedHashSet<>();
        for (String label : split(list)) {
            chosen.addAll(Arrays.asList(Scenario.byLabel(label)));
        }
        List<Scenario> sorted = new ArrayList<>(chosen);
        sorted.sort(null);
        return List.copyOf(sorted);
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(part -> !part.isEmpty()).toList();
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException("Option " + option + " needs a value\n" + USAGE);
        }
        return args[index];
    }
}
