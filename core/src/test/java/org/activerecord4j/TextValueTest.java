package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.activerecord4j.models.AllTypes;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/** Text a database cannot store as it is: what is saved is what is read back, or it is refused before any SQL. */
class TextValueTest {

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, AllTypes.class);
    }

    /**
     * Regression: PostgreSQL's text cannot hold U+0000, so a string with one failed in the server with "invalid byte
     * sequence for encoding "UTF8": 0x00", a StatementFailedException naming neither the model nor the field (SQLite
     * and MariaDB store it). It is refused before any SQL there, by save, by an update and by saveAll.
     */
    @DatabaseTest
    void aNulCharacter_roundTripsWhereTheDatabaseStoresIt_andIsRefusedBeforeAnySqlOnPostgresql(Database database,
            TestDatabases.Kind kind) {
        AllTypes kept = new AllTypes();
        kept.text = "kept";
        kept.save();
        AllTypes inserted = new AllTypes();
        inserted.text = "a\0b";
        AllTypes updated = AllTypes.findOneOrThrow(kept.id);
        updated.text = "c\0";
        AllTypes batched = new AllTypes();
        batched.text = "\0";

        if (kind != TestDatabases.Kind.POSTGRESQL) {
            inserted.save();
            updated.save();
            ActiveRecord.saveAll(List.of(batched));
            assertThat(List.of(AllTypes.findOneOrThrow(inserted.id).text, AllTypes.findOneOrThrow(kept.id).text,
                    AllTypes.findOneOrThrow(batched.id).text)).containsExactly("a\0b", "c\0", "\0");
            return;
        }
        String rule = " contains the NUL character (U+0000) at index %d, which postgresql cannot store in text; "
                + "remove it, or keep such data in a byte[] field";
        List<Runnable> saves = List.of(inserted::save, updated::save, () -> ActiveRecord.saveAll(List.of(new AllTypes(), batched)));
        List<String> messages = List.of("Value 'a\\u0000b' of AllTypes.text" + rule.formatted(1),
                "Value 'c\\u0000' of AllTypes.text" + rule.formatted(1), "Value '\\u0000' of AllTypes.text" + rule.formatted(0));
        for (int i = 0; i < saves.size(); i++) {
            Throwable[] thrown = new Throwable[1];
            Runnable save = saves.get(i);
            int statements = StatementCounter.count(database, () -> thrown[0] = catchThrowable(save::run));

            assertThat(thrown[0]).isInstanceOf(InvalidValueException.class).hasMessage(messages.get(i));
            assertThat(statements).isZero();
        }
        assertThat(AllTypes.query().all()).extracting(record -> record.text).containsExactly("kept");
    }

    /**
     * Regression: a string holding half of a surrogate pair (no character, so no UTF-8 for it) was sent with '?' in
     * its place on every database: the row held "x?y" while the saved record still held "x\uD800y" and was clean, so
     * the record disagreed with its row and an equality query for the value found the other text. It is refused before
     * any SQL, by save, by an update and by saveAll; a whole pair (an emoji) is kept.
     */
    @DatabaseTest
    void anUnpairedSurrogate_isRefusedBeforeAnySql_onEveryDatabase(Database database) {
        AllTypes kept = new AllTypes();
        kept.text = "kept \uD83D\uDE00";
        kept.save();
        AllTypes inserted = new AllTypes();
        inserted.text = "x\uD800y";
        AllTypes updated = AllTypes.findOneOrThrow(kept.id);
        updated.text = "emoji cut in half \uD83D";
        AllTypes batched = new AllTypes();
        batched.text = "\uDE00 low first";

        List<Runnable> saves = List.of(inserted::save, updated::save, () -> ActiveRecord.saveAll(List.of(new AllTypes(), batched)));
        List<String> messages = List.of(
                "Value 'x\\uD800y' of AllTypes.text holds an unpaired surrogate (U+D800) at index 1, half of a character "
                        + "that every database would store as '?'; remove it, or complete the pair",
                "Value 'emoji cut in half \\uD83D' of AllTypes.text holds an unpaired surrogate (U+D83D) at index 18, half of "
                        + "a character that every database would store as '?'; remove it, or complete the pair",
                "Value '\\uDE00 low first' of AllTypes.text holds an unpaired surrogate (U+DE00) at index 0, half of a "
                        + "character that every database would store as '?'; remove it, or complete the pair");
        for (int i = 0; i < saves.size(); i++) {
            Throwable[] thrown = new Throwable[1];
            Runnable save = saves.get(i);
            int statements = StatementCounter.count(database, () -> thrown[0] = catchThrowable(save::run));

            assertThat(thrown[0]).isInstanceOf(InvalidValueException.class).hasMessage(messages.get(i));
            assertThat(statements).isZero();
        }
        assertThat(AllTypes.query().all()).extracting(record -> record.text).containsExactly("kept \uD83D\uDE00");
    }
}
