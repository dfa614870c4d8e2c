package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.activerecord4j.models.AllTypes;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * A row whose {@code Integer}, {@code int} or {@code Short} column holds a number outside the field's range is never
 * read as another number. PostgreSQL and MariaDB refuse to store one (their INTEGER and SMALLINT are 32 and 16 bits);
 * SQLite stores any 64-bit integer in any column, and its driver cut it to the field's bits: 4,000,000,000 written by
 * another program was read as -294,967,296. Now the read fails naming the model, the field, the value and the range,
 * as a name its enum does not have does.
 */
class IntegerRangeReadTest {

    private AllTypes record;

    @BeforeEach
    void data(Database database) {
        TestSchema.recreate(database, AllTypes.class);
        record = new AllTypes();
        record.intValue = 2_000_000_000;
        record.shortValue = (short) 30_000;
        record.primitiveInt = 2_000_000_000;
        record.save();
    }

    @DatabaseTest
    void anIntegerOutsideItsRange_isRefusedByTheServers_andNotReadAsAnotherNumberOnSqlite(Database database,
            TestDatabases.Kind kind) throws SQLException {
        if (kind != TestDatabases.Kind.SQLITE) {
            assertThatThrownBy(() -> execute(database, "UPDATE all_typeses SET int_value = int_value * 2"))
                    .isInstanceOf(SQLException.class);
            return;
        }
        execute(database, "UPDATE all_typeses SET int_value = int_value * 2");

        assertThatThrownBy(() -> AllTypes.findOne(record.id)).isInstanceOf(ActiveRecordException.class)
                .hasMessage("Value 4000000000 in AllTypes.intValue (column int_value of all_typeses) read from the database "
                        + "is outside the range of Integer (-2147483648 to 2147483647); declare the field as Long, or "
                        + "correct the row");
    }

    @DatabaseTest
    void aPrimitiveIntOutsideItsRange_isNotReadAsAnotherNumber(Database database, TestDatabases.Kind kind)
            throws SQLException {
        if (kind != TestDatabases.Kind.SQLITE) {
            return; // the servers refuse to store it (the test above)
        }
        execute(database, "UPDATE all_typeses SET primitive_int = -3000000000");

        assertThatThrownBy(() -> AllTypes.query().all()).isInstanceOf(ActiveRecordException.class)
                .hasMessage("Value -3000000000 in AllTypes.primitiveInt (column primitive_int of all_typeses) read from the "
                        + "database is outside the range of int (-2147483648 to 2147483647); declare the field as long, or "
                        + "correct the row");
    }

    @DatabaseTest
    void aShortOutsideItsRange_isNotReadAsAnotherNumber(Database database, TestDatabases.Kind kind) throws SQLException {
        if (kind != TestDatabases.Kind.SQLITE) {
            assertThatThrownBy(() -> execute(database, "UPDATE all_typeses SET short_value = short_value * 2"))
                    .isInstanceOf(SQLException.class);
            return;
        }
        execute(database, "UPDATE all_typeses SET short_value = short_value * 2");

        assertThatThrownBy(record::reload).isInstanceOf(ActiveRecordException.class)
                .hasMessage("Value 60000 in AllTypes.shortValue (column short_value of all_typeses) read from the database "
                        + "is outside the range of Short (-32768 to 32767); declare the field as Integer, or correct the row");
        assertThat(record.shortValue).isEqualTo((short) 30_000);
    }

    @DatabaseTest
    void valuesAtTheEdgesOfTheRange_areReadAsTheyAre() {
        record.intValue = Integer.MIN_VALUE;
        record.primitiveInt = Integer.MAX_VALUE;
        record.shortValue = Short.MIN_VALUE;
        record.save();

        AllTypes read = AllTypes.findOneOrThrow(record.id);
        assertThat(read.intValue).isEqualTo(Integer.MIN_VALUE);
        assertThat(read.primitiveInt).isEqualTo(Integer.MAX_VALUE);
        assertThat(read.shortValue).isEqualTo(Short.MIN_VALUE);
    }

    private static void execute(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
