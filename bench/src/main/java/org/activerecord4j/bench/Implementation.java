package org.activerecord4j.bench;

import java.util.Arrays;
import java.util.function.Function;
import org.activerecord4j.bench.activerecord.ActiveRecordWorkload;
import org.activerecord4j.bench.db.BenchDatabase;
import org.activerecord4j.bench.hibernate.HibernateWorkload;
import org.activerecord4j.bench.jdbc.JdbcWorkload;

/** The implementations compared, JDBC first: it is the limit every ratio is taken against. */
public enum Implementation {

    /** Hand-written JDBC. */
    JDBC("jdbc", "JDBC", JdbcWorkload::new),
    /** activerecord4j. */
    ACTIVERECORD4J("activerecord4j", "activerecord4j", ActiveRecordWorkload::new),
    /** Hibernate ORM. */
    HIBERNATE("hibernate", "Hibernate", HibernateWorkload::new);

    private final String id;
    private final String label;
    private final Function<BenchDatabase, Workload> factory;

    Implementation(String id, String label, Function<BenchDatabase, Workload> factory) {
        this.id = id;
        this.label = label;
        this.factory = factory;
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
     * Opens this implementation's workload on {@code database}.
     *
     * @param database the database
     * @return the workload; close it
     */
    public Workload open(BenchDatabase database) {
        return factory.apply(database);
    }
}
