package org.activerecord4j.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.activerecord4j.Database;
import org.activerecord4j.InvalidValueException;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.models.Status;
import org.activerecord4j.models.Ticket;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;

/**
 * An enum is stored by its constant's name, in a {@code VARCHAR(length)} when {@code @Column(length)} says so. A name
 * longer than the length must be refused before any SQL, as a string longer than it is, the same on every database:
 * not stored whole by SQLite, which does not enforce a VARCHAR's length, while PostgreSQL and MariaDB fail the
 * statement with their own errors (or MariaDB in a lenient SQL mode cuts it, so that it no longer reads back).
 */
class EnumLengthTest {

    @DatabaseTest
    void enumNameLongerThanItsColumnLength_isRefusedBeforeSql_andAFittingOneRoundTrips(Database database) {
        TestSchema.recreate(database, Ticket.class);
        Ticket fits = new Ticket();
        fits.status = Status.ACTIVE;
        fits.save();
        assertThat(Ticket.findOneOrThrow(fits.id).status).isEqualTo(Status.ACTIVE);

        Ticket longer = new Ticket();
        longer.status = Status.SUSPENDED;
        int statements = StatementCounter.count(database, () -> assertThatThrownBy(longer::save)
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Value 'SUSPENDED' of Ticket.status has 9 characters, more than its @Column(length = 6); shorten it "
                        + "or raise the length"));

        assertThat(statements).isZero();
        assertThat(longer.isNewRecord()).isTrue();
        assertThat(Ticket.query().count()).isEqualTo(1);
    }
}
