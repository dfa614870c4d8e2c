package org.activerecord4j.models.async;

import org.activerecord4j.relation.AsyncBelongsTo;
import org.activerecord4j.relation.AsyncHasMany;
import org.activerecord4j.relation.Dependent;

/** A self-referential model: an employee's manager is an employee. */
public class Employee extends EmployeeAsyncRecord {
    public Long id;
    public String name;
    public Long managerId;

    public static final AsyncBelongsTo<Employee> manager = belongsTo(foreignKey("manager_id"), inverseOf("reports"));
    public static final AsyncHasMany<Employee> reports = hasMany(foreignKey("manager_id"), inverseOf("manager"), dependent(Dependent.NULLIFY));
}
