package org.activerecord4j.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.activerecord4j.bench.data.DataSet;

/**
 * The scenarios of issue 5, with the JMH benchmark that measures each and the async twin's target (a median
 * ratio to activerecord4j's sync calls) where the async issue sets one; activerecord4j's own targets are in
 * {@code report.TargetCheck}. S8 compares activerecord4j's sync and async calls under concurrency only; JDBC
 * and the peers do not run it.
 */
public enum Scenario {

    /** Load all 20,000 posts into objects. */
    S1("S1", "load all 20,000 posts", "s1LoadAllPosts", 1.1, false),
    /** Find 10,000 random users by id. */
    S2("S2", "find 10,000 random users by id", "s2FindUsersById", 1.1, false),
    /** Eager load users, their posts and the posts' comments. */
    S3("S3", "eager users → posts → comments (2,000 → 20,000 → 100,000)", "s3UsersPostsComments", 1.1, false),
    /** Eager load students and their courses through enrollments. */
    S4("S4", "eager students → courses, has-many-through (1,000 × 5)", "s4StudentsCourses", null, false),
    /** 200 users and their posts, lazily. */
    S5_LAZY("S5 lazy", "200 users + posts, lazy (1 + 200 queries)", "s5UsersPostsLazy", 1.1, false),
    /** 200 users and their posts, eagerly. */
    S5_EAGER("S5 eager", "200 users + posts, eager", "s5UsersPostsEager", 1.1, false),
    /** Insert 50,000 comments in batches. */
    S6("S6", "insert 50,000 comments in batches, keys returned", "s6InsertComments", null, true),
    /** Stream a million rows with a 64 MB heap. */
    S7("S7", "stream 1,000,000 rows with -Xmx64m", "s7StreamReadings", null, true),
    /** S2's lookups, all at once: sync on 10 threads, async as 10,000 futures, on a pool of 10 connections. */
    S8("S8", "find 10,000 random users by id concurrently, pool of 10", "s8FindUsersConcurrently", null, false);

    /** The heap of every fork but S3's and S7's. */
    private static final List<String> HEAP = List.of("-Xms1g", "-Xmx1g");

    private final String label;
    private final String description;
    private final String benchmark;
    private final Double asyncTarget;
    private final boolean slow;

    Scenario(String label, String description, String benchmark, Double asyncTarget, boolean slow) {
        this.label = label;
        this.description = description;
        this.benchmark = benchmark;
        this.asyncTarget = asyncTarget;
        this.slow = slow;
    }

    /**
     * Returns the scenarios a run measures unless told otherwise: S1 to S7, which every implementation runs.
     *
     * @return the scenarios, in order
     */
    public static List<Scenario> defaults() {
        return Arrays.stream(values()).filter(scenario -> scenario != S8).toList();
    }

    /**
     * Finds scenarios by label, e.g. {@code S3}; {@code S5} names both S5 variants.
     *
     * @param label the label, case-insensitive
     * @return the matching scenarios
     * @throws IllegalArgumentException naming the valid choices when none matches
     */
    public static Scenario[] byLabel(String label) {
        String wanted = label.trim().toUpperCase(Locale.ROOT);
        Scenario[] found = Arrays.stream(values()).filter(scenario -> scenario.name().startsWith(wanted)).toArray(Scenario[]::new);
        if (found.length == 0) {
            throw new IllegalArgumentException("Unknown scenario '" + label + "'; expected one of S1, S2, S3, S4, S5, S6, S7, S8");
        }
        return found;
    }

    /**
     * Returns the short label.
     *
     * @return e.g. {@code S5 lazy}
     */
    public String label() {
        return label;
    }

    /**
     * Returns what the scenario does.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * Returns the JMH benchmark method's name in {@code ScenarioBenchmarks}.
     *
     * @return the method name
     */
    public String benchmark() {
        return benchmark;
    }

    /**
     * Returns the async twin's target ratio to activerecord4j's sync calls, each async call awaited before
     * the next, if the async issue sets one.
     *
     * @return the target, or null
     */
    public Double asyncTarget() {
        return asyncTarget;
    }

    /**
     * Returns whether an operation takes a second or more, so profiles run fewer of them.
     *
     * @return true for S6 and S7
     */
    public boolean slow() {
        return slow;
    }

    /**
     * Returns whether a fork's CPU time per operation is its total over its measured operations rather than the
     * median of its iterations' figures, so that every collection counts: for S6 and S7, whose iterations hold
     * an operation or two, and for S3, whose young collections come every nine or so operations (see
     * {@link #heapArguments()}): where an operation takes a quarter of a second (MariaDB), a one-second iteration
     * holds four, a collection falls into one iteration of three, and the median left it out for some forks and
     * not others (JDBC's forks: about 35 or 65 ms per operation in their middle iteration).
     *
     * @return true for S3, S6 and S7
     */
    public boolean cpuOverWholeFork() {
        return slow || this == S3;
    }

    /**
     * Returns the heap settings of the JMH forks of most scenarios, and of forks that measure no scenario.
     *
     * @return JVM options
     */
    public static List<String> defaultHeapArguments() {
        return HEAP;
    }

    /**
     * Returns the heap settings of this scenario's JMH forks: 1 GB; S7 64 MB, the point of the scenario; S3 1 GB
     * with a fixed young generation of 600 MB whose survivor regions may take up to half of it (G1's default
     * ratio, 8, would cap them at 75 MB, about one graph). S3's graph, up to 60 MB
     * alive in the middle of an operation, is larger than G1's first young generation (about 50 MB here), so with
     * G1 sizing it each fork promoted several graphs, grew its old generation to 500 MB, marked and collected it
     * in mixed collections whenever that fell: CPU per operation of the same code varied from 42 to 378 ms between
     * iterations. With the young generation fixed, every collection finds the operation's graph in a survivor
     * space, promotes nothing and comes every nine or so operations (JDBC's forks: 48–53 ms per operation).
     *
     * @return JVM options
     */
    public List<String> heapArguments() {
        return switch (this) {
            case S3 -> List.of("-Xms1g", "-Xmx1g", "-Xmn600m", "-XX:SurvivorRatio=2");
            case S7 -> List.of("-Xmx64m");
            default -> HEAP;
        };
    }

    /**
     * Returns whether this scenario's forks differ from one another more than their iterations do, so that a
     * profile with spreads runs more of them: S2, bound by loopback round trips whose cost a fork keeps from
     * start to end, and S3, whose young collections fall differently in each fork while its whole graph is alive
     * (see {@link #heapArguments()}). On this project's two-core machines two forks of the same code gave 175 and
     * 250 ms per operation there.
     *
     * @return true for S2 and S3
     */
    public boolean forksDiffer() {
        return this == S2 || this == S3;
    }

    /**
     * Returns how many async calls the awaited async twin makes per operation, each handed to the async executor
     * and awaited: S2's lookups, S5 lazy's query and its 200 {@code posts()}, one call elsewhere.
     *
     * @return the calls per operation
     */
    public int asyncCalls() {
        return switch (this) {
            case S2 -> DataSet.LOOKUPS;
            case S5_LAZY -> DataSet.S5_USERS + 1;
            default -> 1;
        };
    }
}
