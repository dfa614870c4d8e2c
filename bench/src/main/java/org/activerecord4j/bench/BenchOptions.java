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
 */
public record BenchOptions(List<BenchDatabase> databases, Profile profile, List<Scenario> scenarios,
        List<Implementation> implementations, Path output, String note, List<String> forkArguments, boolean showSql,
        boolean verify) {

    /** The usage text. */
    public static final String USAGE = """
            Usage: java -jar bench/target/benchmarks.jar [options]
              --profile quick|full          quick: under 10 minutes for three databases on 2 cores (default)
              --databases LIST              sqlite,postgresql,mariadb (default: all; unreachable servers are skipped)
              --scenarios LIST              S1,S2,S3,S4,S5,S6,S7 (default: all)
              --implementations LIST        jdbc,activerecord4j,hibernate (default: all)
              --output FILE                 results file (default: RESULTS.md beside target/ for complete runs)
              --no-output                   do not write a results file
              --note TEXT                   a remark to write into the results file
              --fork-args "ARGS"            extra JVM arguments for the JMH forks, e.g. a flight recording;
                                            {run} becomes <database>-<scenario>
              --show-sql                    print the SQL activerecord4j issues for each scenario
              --no-verify                   skip the checksum comparison and S5's statement counts
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
        List<Scenario> scenarios = List.of(Scenario.values());
        List<Implementation> implementations = List.of(Implementation.values());
        Path output = null;
        boolean explicitOutput = false;
        boolean noOutput = false;
        String note = null;
        List<String> forkArguments = List.of();
        boolean showSql = false;
        boolean verify = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--profile" -> profile = Profile.byName(value(args, ++i, arg));
                case "--databases" -> databases = split(value(args, ++i, arg)).stream().map(BenchDatabase::byId).distinct().toList();
                case "--scenarios" -> scenarios = scenarios(value(args, ++i, arg));
                case "--implementations" -> implementations = split(value(args, ++i, arg)).stream()
                        .map(Implementation::byId).distinct().sorted().toList();
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
                default -> throw new IllegalArgumentException("Unknown option '" + arg + "'\n" + USAGE);
            }
        }
        boolean complete = scenarios.size() == Scenario.values().length
                && implementations.size() == Implementation.values().length;
        if (noOutput) {
            output = null;
        } else if (!explicitOutput && complete) {
            output = BenchDatabase.defaultSqliteFile().getParent().resolveSibling("RESULTS.md");
        }
        return new BenchOptions(databases, profile, scenarios, implementations, output, note, forkArguments, showSql, verify);
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
