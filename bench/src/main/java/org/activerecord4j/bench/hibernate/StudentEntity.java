package org.activerecord4j.bench.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A student, mapped for Hibernate with its courses through the enrollments table. Not thread-safe. */
@Entity(name = "Student")
@Table(name = "students")
public class StudentEntity {
    @Id
    Long id;
    String name;

    @ManyToMany
    @JoinTable(name = "enrollments", joinColumns = @JoinColumn(name = "student_id"),
            inverseJoinColumns = @JoinColumn(name = "course_id"))
    @OrderBy("id")
    List<CourseEntity> courses = new ArrayList<>();

    /** For Hibernate. */
    protected StudentEntity() {
    }
}
