package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.activerecord4j.models.AllTypes;
import org.activerecord4j.models.Status;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

class UnknownEnumConstantTest {

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, AllTypes.class);
    }

    /**
     * Regression: a row holding a name the enum no longer has (a renamed or removed constant) failed with
     * "Unknown Status constant 'GONE' read from the database; …", which named neither the model nor the column.
     */
    @DatabaseTest
    void anEnumNameTheEnumDoesNotHave_failsNamingTheModelTheFieldTheValueAndTheConstants(Database database)
            throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO all_typeses (status, primitive_long, primitive_int, primitive_flag, primitive_double) "
                    + "VALUES ('GONE', 0, 0, FALSE, 0)");
        }

        assertThatThrownBy(() -> AllTypes.query().all()).isInstanceOf(ActiveRecordException.class)
                .hasMessage("Unknown Status constant 'GONE' in AllTypes.status (column status of all_typeses) read from "
                        + "the database; known constants: [ACTIVE, SUSPENDED, ARCHIVED]");
    }

    /**
     * Regression: reload() read the row into the record column by column, so a value it could not read (a name the
     * enum does not have) failed it after the columns before had been overwritten: the record held half of the row
     * and half of what it held before. As in Rails, a failed reload leaves the record as it was.
     */
    @DatabaseTest
    void reloadOfARowThatCannotBeRead_leavesTheRecordAsItWas(Database database) throws SQLException {
        AllTypes record = new AllTypes();
        record.text = "before";
        record.status = Status.ACTIVE;
        record.save();
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE all_typeses SET text = 'after', status = 'GONE' WHERE id = " + record.id);
        }

        assertThatThrownBy(record::reload).isInstanceOf(ActiveRecordException.class).hasMessageContaining("Unknown Status constant 'GONE'");

        assertThat(record.text).isEqualTo("before");
        assertThat(record.status).isEqualTo(Status.ACTIVE);
        assertThat(record.changedColumns()).isEmpty();
    }
}
