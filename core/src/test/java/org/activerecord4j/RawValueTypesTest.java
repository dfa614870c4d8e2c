package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.activerecord4j.models.AllTypes;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * Values of JDBC types no column has ({@code Character}, {@code Byte}, {@code BigInteger}, {@code LocalTime} and
 * the {@code java.sql} date types) are bound in raw SQL as the column types they stand for, so they compare with
 * the rows activerecord4j wrote the same way on every database. Regression: the refusal of lists and arrays in raw
 * SQL refused them too, though raw SQL accepted them before.
 */
class RawValueTypesTest {

    private static final LocalDateTime MOMENT = LocalDateTime.of(2024, 1, 2, 3, 4, 5, 500_000_000);

    @BeforeEach
    void data(Database database) {
        TestSchema.recreate(database, AllTypes.class);
        AllTypes first = new AllTypes();
        first.text = "A";
        first.shortValue = 5;
        first.longValue = 9_000_000_000L;
        first.day = LocalDate.of(2024, 1, 2);
        first.localMoment = MOMENT;
        first.save();
        AllTypes second = new AllTypes();
        second.text = "B";
        second.shortValue = 6;
        second.longValue = 7L;
        second.day = LocalDate.of(2024, 1, 3);
        second.localMoment = MOMENT.plusDays(1);
        second.save();
    }

    private static long count(String fragment, Object value) {
        return AllTypes.query().where(fragment, value).count();
    }

    @DatabaseTest
    void characterByteBigIntegerAndSqlDates_compareWithTheColumnsTheyStandFor() {
        assertThat(count("text = ?", 'A')).isEqualTo(1);
        assertThat(count("short_value = ?", (byte) 5)).isEqualTo(1);
        assertThat(count("short_value + ? = 7", (byte) 1)).isEqualTo(1);
        assertThat(count("long_value = ?", BigInteger.valueOf(9_000_000_000L))).isEqualTo(1);
        assertThat(count("long_value < ?", new BigInteger("8999999999"))).isEqualTo(1);
        assertThat(count("long_value + ? = 8", BigInteger.ONE)).isEqualTo(1);
        assertThat(count("local_moment = ?", Timestamp.valueOf(MOMENT))).isEqualTo(1);
        assertThat(count("local_moment > ?", Timestamp.valueOf(MOMENT))).isEqualTo(1);
        assertThat(count("day = ?", java.sql.Date.valueOf(LocalDate.of(2024, 1, 3)))).isEqualTo(1);
        assertThat(count("day < ?", java.sql.Date.valueOf(LocalDate.of(2024, 1, 3)))).isEqualTo(1);
    }

    @DatabaseTest
    void bigIntegerBeyondALong_comparesExactlyOnTheServers_andIsRefusedOnSqlite(TestDatabases.Kind kind) {
        BigInteger huge = BigInteger.TWO.pow(70);
        if (kind == TestDatabases.Kind.SQLITE) {
            assertThatThrownBy(() -> count("long_value < ?", huge)).isExactlyInstanceOf(InvalidArgumentException.class)
                    .hasMessage("A BigInteger value (1180591620717411303424) cannot be bound in raw SQL on sqlite, whose "
                            + "integers have 64 bits; pass a Long, or compare with a value within a long's range");
        } else {
            assertThat(count("long_value < ?", huge)).isEqualTo(2);
        }
    }

    @DatabaseTest
    void localTimeAndSqlTime_roundTripThroughATimeColumn(Database database) {
        database.execute("DROP TABLE IF EXISTS shifts");
        try {
            database.execute("CREATE TABLE shifts (id INTEGER PRIMARY KEY, starts TIME(6))");
            database.execute("INSERT INTO shifts (id, starts) VALUES (?, ?)", 1, LocalTime.of(9, 30));
            database.execute("INSERT INTO shifts (id, starts) VALUES (?, ?)", 2, LocalTime.of(10, 30, 15, 250_000_000));
            database.execute("INSERT INTO shifts (id, starts) VALUES (?, ?)", 3, Time.valueOf("11:00:00"));

            assertThat(database.execute("DELETE FROM shifts WHERE starts = ?", LocalTime.of(10, 30, 15, 250_000_000)))
                    .isEqualTo(1);
            assertThat(database.execute("DELETE FROM shifts WHERE starts < ?", Time.valueOf("10:00:00"))).isEqualTo(1);
            assertThat(database.execute("DELETE FROM shifts WHERE starts = ?", LocalTime.of(11, 0))).isEqualTo(1);
        } finally {
            database.execute("DROP TABLE IF EXISTS shifts");
        }
    }
}
