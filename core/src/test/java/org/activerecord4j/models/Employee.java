package org.activerecord4j.models;

import java.util.List;
import org.activerecord4j.relation.BelongsTo;
import org.activerecord4j.relation.Dependent;
import org.activerecord4j.relation.HasMany;

/** A self-referential model: an employee's manager is an employee. */
public class Employee extends EmployeeRecord {
    public Long id;
    public String name;
    public Long managerId;

    public static final BelongsTo<Employee> manager = belongsTo(foreignKey("manager_id"), inverseOf("reports"));
    public static final HasMany<Employee> reports = hasMany(foreignKey("manager_id"), inverseOf("manager"), dependent(Dependent.NULLIFY));

    /** @return the manager, or null */
    public Employee manager() {
        return manager.of(this);
    }

    /** @return the direct reports */
    public List<Employee> reports() {
        return reports.of(this);
    }
}
