package org.activerecord4j.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.activerecord4j.bench.activerecord.ActiveRecordWorkload;
import org.activerecord4j.bench.activerecord.AsyncActiveRecordWorkload;
import org.activerecord4j.bench.db.BenchDatabase;
import org.activerecord4j.bench.hibernate.HibernateWorkload;
import org.activerecord4j.bench.jdbc.JdbcWorkload;
import org.activerecord4j.bench.jdbi.JdbiWorkload;
import org.activerecord4j.bench.jooq.JooqWorkload;

/**
 * The implementations compared, JDBC first: it is the limit every ratio is taken against; Jdbi and jOOQ are
 * the peers closest to it, Hibernate the full ORM. The async twin
 * of activerecord4j is compared with activerecord4j's sync calls instead.
 */
public enum Implementation {

    /** Hand-written JDBC. */
    JDBC("jdbc", "JDBC", JdbcWorkload::new, false),
    /** activerecord4j. */
    ACTIVERECORD4J("activerecord4j", "activerecord4j", ActiveRecordWorkload::new, true),
    /** Jdbi 3, fluent API with hand-written row mappers. */
    JDBI("jdbi", "Jdbi", JdbiWorkload::new, false),
    /** jOOQ's DSL without code generation, with record mappers. */
    JOOQ("jooq", "jOOQ", JooqWorkload::new, false),
    /** Hibernate ORM. */
    HIBERNATE("hibernate", "Hibernate", HibernateWorkload::new, false),
    /** activerecord4j's async API, each call awaited with {@code join()} before the next (but in S8). */
    ACTIVERECORD4J_ASYNC("activerecord4j-async", "activerecord4j async", AsyncActiveRecordWorkload::new, true);

    private final String id;
    private final String label;
    private final Function<BenchDatabase, Workload> factory;
    private final boolean runsConcurrency;

    Implementation(String id, String label, Function<BenchDatabase, Workload> factory, boolean runsConcurrency) {
        this.id = id;
        this.label = label;
        this.factory = factory;
        this.runsConcurrency = runsConcurrency;
    }

    /**
     * Returns the implementations a run compares unless told otherwise: JDBC, activerecord4j, Jdbi, jOOQ and
     * Hibernate.
     *
     * @return the implementations, in order, JDBC first
     */
    public static List<Implementation> defaults() {
        return List.of(JDBC, ACTIVERECORD4J, JDBI, JOOQ, HIBERNATE);
    }

    /**
     * Finds an implementation by its JMH parameter value.
     *
     * @param id e.g. {@code activerecord4j}
     * @return the implementation
     * @throws IllegalArgumentException naming the valid choices when there is none of that name
     */
    public static Implementation byId(String id) {
        return Arrays.stream(values()).filter(implementation -> implementation.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown implementation '" + id + "'; expected one of "
                        + Arrays.stream(values()).map(Implementation::id).toList()));
    }

    /**
     * Returns the JMH parameter value.
     *
     * @return e.g. {@code jdbc}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the name shown in tables.
     *
     * @return e.g. {@code Hibernate}
     */
    public String label() {
        return label;
    }

    /**
     * Returns whether this implementation runs {@code scenario}: every one runs S1 to S7; only activerecord4j
     * and its async twin run S8, which compares the two.
     *
     * @param scenario the scenario
     * @return true when it has the scenario
     */
    public boolean runs(Scenario scenario) {
        return scenario != Scenario.S8 || runsConcurrency;
    }

    /**
     * Opens this implementation's workload on {@code database}.
     *
     * @param database the database
     * @return the workload; close it
     */
    public Workload open(BenchDatabase database) {
        return factory.apply(database);
    }
}
