package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.activerecord4j.Database;
import org.activerecord4j.models.async.Employee;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/** The async twin of {@code SelfReferenceTest}'s saves: new parents that form a cycle. */
class AsyncSelfReferenceTest {

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, Employee.class);
    }

    private static Employee employee(String name) {
        Employee employee = new Employee();
        employee.name = name;
        return employee;
    }

    @DatabaseTest
    void save_ofTwoNewEmployeesThatAreEachOthersManager_insertsBoth_andLinksEachToTheOther() throws Exception {
        Employee alice = employee("Alice");
        Employee bob = employee("Bob");
        Employee.manager.set(alice, bob);
        Employee.manager.set(bob, alice);

        assertThat(alice.save().get(30, TimeUnit.SECONDS)).isSameAs(alice); // a recursion would never complete it

        assertThat(alice.isNewRecord()).isFalse();
        assertThat(bob.isNewRecord()).isFalse();
        assertThat(Employee.findOneOrThrow(alice.id).join().managerId).isEqualTo(bob.id);
        assertThat(Employee.findOneOrThrow(bob.id).join().managerId).isEqualTo(alice.id);
    }
}
