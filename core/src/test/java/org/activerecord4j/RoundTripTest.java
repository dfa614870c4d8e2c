package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.activerecord4j.models.AllTypes;
import org.activerecord4j.models.Gauge;
import org.activerecord4j.models.Status;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

class RoundTripTest {

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, AllTypes.class);
    }

    @DatabaseTest
    void everyType_roundTripsTypicalValues() {
        AllTypes saved = new AllTypes();
        saved.longValue = 42L;
        saved.intValue = -7;
        saved.shortValue = (short) 12;
        saved.text = "plain text";
        saved.flag = true;
        saved.doubleValue = 3.141592653589793;
        saved.floatValue = 2.5f;
        saved.amount = new BigDecimal("1234.5600");
        saved.day = LocalDate.of(2026, 11, 21);
        saved.localMoment = LocalDateTime.of(2026, 11, 21, 13, 45, 30, 123_456_000);
        saved.instant = Instant.parse("2026-11-21T12:00:00.654321Z");
        saved.offsetMoment = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 6_000, ZoneOffset.UTC);
        saved.uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        saved.bytes = new byte[] {0, 1, 2, (byte) 0xFF, 127, -128};
        saved.status = Status.SUSPENDED;
        saved.primitiveLong = 9L;
        saved.primitiveInt = 8;
        saved.primitiveFlag = true;
        saved.primitiveDouble = 0.5;
        saved.renamed = "via @Column";
        saved.save();

        assertSameColumns(AllTypes.findOneOrThrow(saved.id), saved);
    }

    @DatabaseTest
    void loadedRecord_isClean_andABytesArrayChangedInPlace_isDirtyAndSaved() {
        AllTypes saved = new AllTypes();
        saved.text = "kept";
        saved.bytes = new byte[] {1, 2, 3};
        saved.save();

        AllTypes loaded = ActiveRecord.findOne(AllTypes.class, saved.id);
        assertThat(loaded.isDirty()).isFalse();
        loaded.bytes[0] = 9;

        assertThat(loaded.changedColumns()).containsExactly("bytes");
        loaded.save();
        AllTypes again = ActiveRecord.findOne(AllTypes.class, saved.id);
        assertThat(again.bytes).containsExactly(9, 2, 3);
        assertThat(again.text).isEqualTo("kept");
    }

    @DatabaseTest
    void everyNullableType_roundTripsNull() {
        AllTypes saved = new AllTypes();
        saved.save();

        AllTypes loaded = AllTypes.findOneOrThrow(saved.id);

        assertThat(loaded).usingRecursiveComparison().ignoringFields("id", "state")
                .ignoringFieldsMatchingRegexes("ar4j\\$snapshot\\d+") // the state its generated base keeps
                .isEqualTo(new AllTypes());
        assertThat(loaded.primitiveLong).isZero();
        assertThat(loaded.primitiveFlag).isFalse();
    }

    @DatabaseTest
    void primitiveFields_readSqlNullAsZeroAndFalse_andValuesAsThemselves_clean(Database database) throws SQLException {
        database.dropTables(Gauge.class);
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            // Nullable columns, as an older schema may have them: the model's own would be NOT NULL.
            statement.execute("CREATE TABLE gauges (id BIGINT PRIMARY KEY, total BIGINT, count INTEGER, level SMALLINT, "
                    + "reading DOUBLE PRECISION, ratio REAL, active BOOLEAN)");
            statement.execute("INSERT INTO gauges (id) VALUES (1)");
            statement.execute("INSERT INTO gauges (id, total, count, level, reading, ratio, active) "
                    + "VALUES (2, 9000000000, -70000, 300, 2.5, 0.25, TRUE)");
        }
        try {
            Gauge empty = Gauge.findOneOrThrow(1L);
            Gauge full = Gauge.findOneOrThrow(2L);

            assertThat(List.of(empty.total, empty.count, empty.level, empty.reading, empty.ratio, empty.active))
                    .containsExactly(0L, 0, (short) 0, 0.0, 0.0f, false);
            assertThat(List.of(full.total, full.count, full.level, full.reading, full.ratio, full.active))
                    .containsExactly(9_000_000_000L, -70_000, (short) 300, 2.5, 0.25f, true);
            assertThat(empty.isDirty()).isFalse();
            assertThat(full.isDirty()).isFalse();
            full.reading = 3.5;
            assertThat(full.changedColumns()).containsExactly("reading");
        } finally {
            database.dropTables(Gauge.class);
        }
    }

    @DatabaseTest
    void zeroAndFalseInNullableFields_roundTripAsValues_notAsNull() {
        AllTypes saved = new AllTypes();
        saved.longValue = 0L;
        saved.intValue = 0;
        saved.shortValue = (short) 0;
        saved.flag = false;
        saved.doubleValue = 0.0;
        saved.floatValue = 0.0f;
        saved.amount = new BigDecimal("0.00");
        saved.save();

        AllTypes loaded = AllTypes.findOneOrThrow(saved.id);

        assertThat(loaded.longValue).isEqualTo(0L);
        assertThat(loaded.intValue).isEqualTo(0);
        assertThat(loaded.shortValue).isEqualTo((short) 0);
        assertThat(loaded.flag).isFalse();
        assertThat(loaded.doubleValue).isEqualTo(0.0);
        assertThat(loaded.floatValue).isEqualTo(0.0f);
        assertThat(loaded.amount).isEqualByComparingTo("0");
    }

    @DatabaseTest
    void extremes_roundTripUnchanged() {
        AllTypes saved = new AllTypes();
        saved.longValue = Long.MAX_VALUE;
        saved.primitiveLong = Long.MIN_VALUE;
        saved.intValue = Integer.MIN_VALUE;
        saved.primitiveInt = Integer.MAX_VALUE;
        saved.shortValue = Short.MIN_VALUE;
        saved.doubleValue = -Double.MAX_VALUE;
        saved.primitiveDouble = Double.MIN_NORMAL;
        saved.floatValue = Float.MAX_VALUE;
        saved.text = "emoji 😀🎉👩‍💻, CJK 漢字かなカナ한국어, accents éàü, RTL שלום, zero-width \u200B";
        saved.amount = new BigDecimal("-12345678901234567890123456.0001");
        saved.day = LocalDate.of(1901, 1, 1);
        saved.localMoment = LocalDateTime.of(1950, 6, 15, 0, 0, 0, 1_000);
        saved.instant = Instant.parse("1969-07-20T20:17:40.000001Z");
        saved.offsetMoment = OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC);
        saved.bytes = new byte[0];
        saved.save();

        assertSameColumns(AllTypes.findOneOrThrow(saved.id), saved);
    }

    @DatabaseTest
    void farFutureDates_roundTrip() {
        AllTypes saved = new AllTypes();
        saved.day = LocalDate.of(9999, 12, 31);
        saved.localMoment = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000);
        saved.instant = Instant.parse("9999-12-31T23:59:59.999999Z");
        saved.save();

        assertSameColumns(AllTypes.findOneOrThrow(saved.id), saved);
    }

    @DatabaseTest
    void bigDecimal_keepsItsScale() {
        AllTypes saved = new AllTypes();
        saved.amount = new BigDecimal("10.5000");
        saved.save();

        BigDecimal loaded = AllTypes.findOneOrThrow(saved.id).amount;

        assertThat(loaded).isEqualTo(new BigDecimal("10.5000"));
        assertThat(loaded.scale()).isEqualTo(4);
    }

    @DatabaseTest
    void offsetDateTime_keepsTheInstant_andReadsBackInUtc() {
        AllTypes saved = new AllTypes();
        saved.offsetMoment = OffsetDateTime.of(2026, 3, 4, 10, 0, 0, 0, ZoneOffset.ofHours(5));
        saved.save();

        OffsetDateTime loaded = AllTypes.findOneOrThrow(saved.id).offsetMoment;

        assertThat(loaded.toInstant()).isEqualTo(saved.offsetMoment.toInstant());
        assertThat(loaded.getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @DatabaseTest
    void temporalValues_areKeptToTheMicrosecond() {
        AllTypes saved = new AllTypes();
        saved.localMoment = LocalDateTime.of(2026, 1, 1, 0, 0, 0, 123_456_789);
        saved.save();

        assertThat(AllTypes.findOneOrThrow(saved.id).localMoment).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0, 0, 123_456_000));
    }

    @DatabaseTest
    void enumsAndUuids_canBeQueried() {
        AllTypes active = new AllTypes();
        active.status = Status.ACTIVE;
        active.uuid = UUID.randomUUID();
        active.save();
        AllTypes archived = new AllTypes();
        archived.status = Status.ARCHIVED;
        archived.save();

        assertThat(AllTypes.query().where(AllTypes.c.status.eq(Status.ACTIVE)).one().id).isEqualTo(active.id);
        assertThat(AllTypes.query().where(AllTypes.c.uuid.eq(active.uuid)).one().id).isEqualTo(active.id);
        assertThat(AllTypes.query().where(AllTypes.c.status.in(Status.ACTIVE, Status.ARCHIVED)).count()).isEqualTo(2);
    }

    private static void assertSameColumns(AllTypes loaded, AllTypes saved) {
        assertThat(loaded).usingRecursiveComparison().ignoringFields("offsetMoment", "scratch", "state")
                .ignoringFieldsMatchingRegexes("ar4j\\$snapshot\\d+")
                .isEqualTo(saved);
        if (saved.offsetMoment == null) {
            assertThat(loaded.offsetMoment).isNull();
        } else {
            assertThat(loaded.offsetMoment.toInstant()).isEqualTo(saved.offsetMoment.toInstant());
        }
        assertThat(loaded.isDirty()).isFalse();
    }
}
