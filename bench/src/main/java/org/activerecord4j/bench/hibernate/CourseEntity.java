package org.activerecord4j.bench.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A course, mapped for Hibernate. Not thread-safe. */
@Entity(name = "Course")
@Table(name = "courses")
public class CourseEntity {
    @Id
    Long id;
    String title;

    /** For Hibernate. */
    protected CourseEntity() {
    }
}
