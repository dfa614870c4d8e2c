package org.activerecord4j.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.activerecord4j.Database;
import org.activerecord4j.models.AllTypes;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;

/**
 * A query of many rows gives consecutive rows that repeat a {@code Long} column's value (a foreign key,
 * mostly) one shared {@code Long} object, not one each; values are read as they are, nulls included, and a
 * record that changes its value changes it alone. The values are beyond {@code Long}'s own cache of small
 * values, which would share them anyway.
 */
class RepeatedLongReaderTest {

    private static final Long BIG = 5_000_000_000L;

    @DatabaseTest
    void consecutiveRowsWithOneValue_shareItsLong_andEveryValueReadsBackAsStored(Database database) {
        saved(database, 1000L, 1000L, null, 1000L, BIG, BIG, 1001L);

        List<AllTypes> rows = AllTypes.query().orderBy("id").all();

        assertThat(rows).extracting(row -> row.longValue).containsExactly(1000L, 1000L, null, 1000L, BIG, BIG, 1001L);
        assertThat(rows.get(1).longValue).isSameAs(rows.get(0).longValue);
        assertThat(rows.get(5).longValue).isSameAs(rows.get(4).longValue);
        assertThat(rows).allSatisfy(row -> assertThat(row.isDirty()).isFalse());
    }

    @DatabaseTest
    void aStream_sharesRepeatedValuesToo(Database database) {
        saved(database, BIG, BIG);

        try (Stream<AllTypes> stream = AllTypes.query().orderBy("id").stream()) {
            List<AllTypes> rows = stream.toList();

            assertThat(rows.get(1).longValue).isEqualTo(BIG).isSameAs(rows.get(0).longValue);
        }
    }

    @DatabaseTest
    void aRecordSharingItsValue_changesItAlone(Database database) {
        saved(database, BIG, BIG);
        List<AllTypes> rows = AllTypes.query().orderBy("id").all();
        AllTypes changed = rows.get(1);

        changed.longValue = BIG + 1;

        assertThat(changed.changedColumns()).containsExactly("long_value");
        assertThat(rows.get(0).isDirty()).isFalse();
        changed.save();
        assertThat(AllTypes.query().orderBy("id").all()).extracting(row -> row.longValue).containsExactly(BIG, BIG + 1);
        assertThat(rows.get(0).longValue).isEqualTo(BIG);
    }

    private static void saved(Database database, Long... values) {
        TestSchema.recreate(database, AllTypes.class);
        Arrays.stream(values).forEach(value -> {
            AllTypes row = new AllTypes();
            row.longValue = value;
            row.save();
        });
    }
}
