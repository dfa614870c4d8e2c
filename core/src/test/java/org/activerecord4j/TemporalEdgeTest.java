package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.activerecord4j.models.AllTypes;
import org.activerecord4j.testing.DatabaseTest;
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
}
