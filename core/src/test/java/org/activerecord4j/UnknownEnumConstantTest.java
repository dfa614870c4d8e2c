package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.activerecord4j.models.AllTypes;
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
}
