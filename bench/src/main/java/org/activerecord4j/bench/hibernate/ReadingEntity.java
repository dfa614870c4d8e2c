package org.activerecord4j.bench.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reading, mapped for Hibernate. Not thread-safe. */
@Entity(name = "Reading")
@Table(name = "readings")
public class ReadingEntity {
    @Id
    Long id;
    int sensor;
    double celsius;
    String note;

    /** For Hibernate. */
    protected ReadingEntity() {
    }
}
