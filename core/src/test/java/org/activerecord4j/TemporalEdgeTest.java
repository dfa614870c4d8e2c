package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import org.activerecord4j.models.AllTypes;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/** Temporal values at the edges: a JVM zone that is not UTC, and years beyond 9999. */
class TemporalEdgeTest {

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, AllTypes.class);
    }

    /**
     * Regression: MariaDB Connector/J reads a DATETIME through a ZonedDateTime in the JVM's default zone, so a
     * wall-clock time inside that zone's spring-forward gap came back an hour later: a LocalDateTime, and an
     * Instant (stored as its UTC wall clock), although the row held the right value.
     */
    @DatabaseTest
    void localDateTimeAndInstant_inTheJvmZonesDaylightSavingGap_readBackUnchanged() {
        TimeZone previous = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York")); // 2026-03-08 02:00-03:00 does not exist there
        try {
            AllTypes saved = new AllTypes();
            saved.localMoment = LocalDateTime.of(2026, 3, 8, 2, 30, 0, 123_456_000);
            saved.instant = Instant.parse("2026-03-08T02:30:00.654321Z");
            saved.offsetMoment = OffsetDateTime.of(2026, 3, 8, 2, 45, 0, 0, ZoneOffset.UTC);
            saved.save();

            AllTypes loaded = AllTypes.findOneOrThrow(saved.id);

            assertThat(loaded.localMoment).isEqualTo(saved.localMoment);
            assertThat(loaded.instant).isEqualTo(saved.instant);
            assertThat(loaded.offsetMoment).isEqualTo(saved.offsetMoment);
            assertThat(AllTypes.query().where(AllTypes.c.localMoment.eq(saved.localMoment)).one().localMoment)
                    .isEqualTo(saved.localMoment);
        } finally {
            TimeZone.setDefault(previous);
        }
    }

    /**
     * Regression: a year after 9999 went through on every database, but only PostgreSQL kept it: MariaDB refused
     * it with a server error over the text protocol and stored NULL over the binary protocol (read back as null),
     * and SQLite stored {@code +10000-01-01}, which sorts before {@code 2026-01-01}, so {@code gt} missed it.
     */
    /**
     * Regression: every database keeps times to the microsecond, so a value with nanoseconds was stored cut to the
     * microsecond while the saved record kept its nanoseconds: it differed from its row until reloaded (Rails casts a
     * time to the column's precision, so the two agree). A rolled-back transaction gives the fields back as they were.
     */
    @DatabaseTest
    void timesWithNanoseconds_areHeldAsTheRowHoldsThem_onceSaved_andGivenBackByARollback(Database database) {
        AllTypes record = new AllTypes();
        record.localMoment = LocalDateTime.of(2026, 12, 2, 14, 30, 0, 123_456_789);
        record.instant = Instant.parse("2026-12-02T14:30:00.987654321Z");
        record.offsetMoment = OffsetDateTime.of(2026, 12, 2, 14, 45, 0, 555_444_333, ZoneOffset.UTC);
        record.save();

        AllTypes row = AllTypes.findOneOrThrow(record.id);
        assertThat(record.localMoment).isEqualTo(row.localMoment).isEqualTo(LocalDateTime.of(2026, 12, 2, 14, 30, 0, 123_456_000));
        assertThat(record.instant).isEqualTo(row.instant).isEqualTo(Instant.parse("2026-12-02T14:30:00.987654Z"));
        assertThat(record.offsetMoment).isEqualTo(row.offsetMoment);
        assertThat(record.changedColumns()).isEmpty();

        record.instant = Instant.parse("2026-12-03T00:00:00.000000999Z");
        assertThatThrownBy(() -> database.transaction(() -> {
            record.save();
            assertThat(record.instant).isEqualTo(Instant.parse("2026-12-03T00:00:00Z"));
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");
        assertThat(record.instant).isEqualTo(Instant.parse("2026-12-03T00:00:00.000000999Z"));
        assertThat(record.changedColumns()).containsExactly("instant");
    }

    @DatabaseTest
    void aYearAfter9999_isRefusedBeforeAnySql_orKeptAndComparedAsADate(TestDatabases.Kind kind) {
        AllTypes now = new AllTypes();
        now.day = LocalDate.of(2026, 1, 1);
        now.save();
        AllTypes far = new AllTypes();
        far.day = LocalDate.of(10000, 1, 1);
        far.instant = Instant.parse("+10000-01-01T00:00:00Z");
        try {
            far.save();
        } catch (InvalidValueException refused) {
            assertThat(kind).isNotEqualTo(TestDatabases.Kind.POSTGRESQL);
            String dialect = kind == TestDatabases.Kind.SQLITE ? "sqlite" : "mariadb";
            assertThat(refused).hasMessage("Value +10000-01-01 of AllTypes.day is outside the years 1 to 9999 that "
                    + dialect + " stores; store null, or a value within them");
            assertThat(AllTypes.query().count()).isEqualTo(1);
            return;
        }
        AllTypes loaded = AllTypes.findOneOrThrow(far.id);
        assertThat(loaded.day).isEqualTo(far.day);
        assertThat(loaded.instant).isEqualTo(far.instant);
        assertThat(AllTypes.query().where(AllTypes.c.day.gt(LocalDate.of(2025, 1, 1))).count()).isEqualTo(2);
    }

    /**
     * Regression: on PostgreSQL, Instant.MAX failed while being bound with java.time's DateTimeException ("Invalid
     * value for EpochDay …"), which is no ActiveRecordException and names neither the model nor the value.
     */
    @DatabaseTest
    void instantsBeyondEveryDatabase_areRefusedWithAnInvalidValueException() {
        for (Instant beyond : new Instant[] {Instant.MAX, Instant.MIN}) {
            AllTypes record = new AllTypes();
            record.instant = beyond;
            assertThatThrownBy(record::save).as("saving %s", beyond).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("Value " + beyond + " of AllTypes.instant is outside the years");
        }
        assertThat(AllTypes.query().count()).isZero();
    }

    /**
     * The years PostgreSQL is said to store (4713 BC to 294276 AD, its timestamp's range) come back unchanged there;
     * SQLite and MariaDB, which store years 1 to 9999, refuse them before any SQL.
     */
    @DatabaseTest
    void datesAndTimesFrom4713BcTo294276Ad_roundTripOnPostgresql_andAreRefusedElsewhere(TestDatabases.Kind kind) {
        for (LocalDateTime moment : List.of(LocalDateTime.of(-4712, 1, 1, 0, 0), LocalDateTime.of(294_276, 12, 31, 23, 59, 59, 999_999_000))) {
            AllTypes saved = new AllTypes();
            saved.day = moment.toLocalDate();
            saved.localMoment = moment;
            saved.instant = moment.toInstant(ZoneOffset.UTC);
            if (kind != TestDatabases.Kind.POSTGRESQL) {
                assertThatThrownBy(saved::save).isInstanceOf(InvalidValueException.class);
                assertThat(AllTypes.query().count()).isZero();
                continue;
            }
            saved.save();

            AllTypes loaded = AllTypes.findOneOrThrow(saved.id);

            assertThat(List.of(loaded.day, loaded.localMoment, loaded.instant))
                    .containsExactly(saved.day, saved.localMoment, saved.instant);
        }
    }
}
