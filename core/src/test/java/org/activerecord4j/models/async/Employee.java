package org.activerecord4j.models.async;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.relation.AsyncBelongsTo;
import org.activerecord4j.relation.AsyncHasMany;
import org.activerecord4j.relation.Dependent;

/** A self-referential model: an employee's manager is an employee. */
public class Employee extends AsyncActiveRecord<Employee> {
    public Long id;
    public String name;
    public Long managerId;

    public static final AsyncBelongsTo<Employee> manager = belongsTo(foreignKey("manager_id"), inverseOf("reports"));
    public static final AsyncHasMany<Employee> reports = hasMany(foreignKey("manager_id"), inverseOf("manager"), dependent(Dependent.NULLIFY));

    /** @return the manager, or null */
    public CompletableFuture<Employee> manager() {
        return manager.of(this);
    }

    /** @return the direct reports */
    public CompletableFuture<List<Employee>> reports() {
        return reports.of(this);
    }

    /** @return a query over every row */
    public static AsyncQuery<Employee> query() {
        return query(Employee.class);
    }

    /**
     * @param id the key
     * @return completes with the record or null
     */
    public static CompletableFuture<Employee> findOne(Object id) {
        return findOne(Employee.class, id);
    }

    /**
     * @param id the key
     * @return completes with the record; fails when there is none
     */
    public static CompletableFuture<Employee> findOneOrThrow(Object id) {
        return findOneOrThrow(Employee.class, id);
    }
}
