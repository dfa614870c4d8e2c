package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.activerecord4j.models.Gadget;
import org.activerecord4j.models.LineItem;
import org.activerecord4j.models.Meter;
import org.activerecord4j.models.MeterReading;
import org.activerecord4j.models.Order;
import org.activerecord4j.models.Profile;
import org.activerecord4j.models.Tag;
import org.activerecord4j.models.Token;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

class PersistenceTest {

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class, Profile.class, Order.class, LineItem.class, Tag.class, Token.class, Gadget.class,
                Meter.class, MeterReading.class);
    }

    @DatabaseTest
    void save_newRecord_insertsAndFillsGeneratedKey() {
        User ann = new User("Ann", 31);
        assertThat(ann.isNewRecord()).isTrue();

        ann.save();

        assertThat(ann.id).isNotNull();
        assertThat(ann.isNewRecord()).isFalse();
        assertThat(ann.isDirty()).isFalse();
        assertThat(User.findOne(ann.id).name).isEqualTo("Ann");
    }

    @DatabaseTest
    void save_changedRecord_updatesOnlyChangedColumns(Database database) {
        User ann = new User("Ann", 31);
        ann.email = "ann@example.com";
        ann.save();
        ann.age = 32;
        assertThat(ann.changedColumns()).containsExactly("age");

        try (StatementCounter counter = StatementCounter.start(database)) {
            ann.save();

            assertThat(counter.statements()).singleElement().satisfies(event -> {
                assertThat(event.sql()).isEqualTo(quoted(database, "UPDATE `users` SET `age` = ? WHERE `id` = ?"));
                assertThat(event.parameters()).containsExactly(32, ann.id);
            });
        }
        User loaded = User.findOneOrThrow(ann.id);
        assertThat(loaded.age).isEqualTo(32);
        assertThat(loaded.email).isEqualTo("ann@example.com");
    }

    @DatabaseTest
    void save_cleanRecord_issuesNoStatement(Database database) {
        User ann = new User("Ann", 31);
        ann.save();
        User loaded = User.findOneOrThrow(ann.id);

        assertThat(StatementCounter.count(database, ann::save)).isZero();
        assertThat(StatementCounter.count(database, loaded::save)).isZero();
    }

    @DatabaseTest
    void save_valueChangedAndChangedBack_issuesNoStatement(Database database) {
        User ann = new User("Ann", 31);
        ann.save();
        ann.name = "Anna";
        ann.name = "Ann";

        assertThat(ann.isDirty()).isFalse();
        assertThat(StatementCounter.count(database, ann::save)).isZero();
    }

    @DatabaseTest
    void delete_removesRow_andSaveAfterwardsFails() {
        User ann = new User("Ann", 31);
        ann.save();

        ann.delete();

        assertThat(User.findOne(ann.id)).isNull();
        assertThatThrownBy(ann::save).isInstanceOf(ActiveRecordException.class)
                .hasMessage("Cannot save User id=" + ann.id + ": it was deleted");
        assertThatThrownBy(ann::delete).hasMessage("Cannot delete User: it was already deleted");
    }

    @DatabaseTest
    void delete_neverSavedRecord_fails() {
        assertThatThrownBy(() -> new User("Ann", 1).delete()).isInstanceOf(ActiveRecordException.class)
                .hasMessage("Cannot delete User: it was never saved");
    }

    @DatabaseTest
    void reload_discardsUnsavedChanges() {
        User ann = new User("Ann", 31);
        ann.save();
        User elsewhere = User.findOneOrThrow(ann.id);
        elsewhere.name = "Annabel";
        elsewhere.save();
        ann.age = 99;

        ann.reload();

        assertThat(ann.name).isEqualTo("Annabel");
        assertThat(ann.age).isEqualTo(31);
        assertThat(ann.isDirty()).isFalse();
    }

    @DatabaseTest
    void reload_deletedRow_throwsRecordNotFound() {
        User ann = new User("Ann", 31);
        ann.save();
        User.findOneOrThrow(ann.id).delete();

        assertThatThrownBy(ann::reload).isInstanceOf(RecordNotFoundException.class)
                .hasMessage("User with id=" + ann.id + " no longer exists");
    }

    @DatabaseTest
    void update_ofRowDeletedElsewhere_throwsRecordNotFound() {
        User ann = new User("Ann", 31);
        ann.save();
        User.findOneOrThrow(ann.id).delete();
        ann.age = 40;

        assertThatThrownBy(ann::save).isInstanceOf(RecordNotFoundException.class)
                .hasMessage("Cannot update User id=" + ann.id + ": its row no longer exists");
    }

    @DatabaseTest
    void findOne_absentKey_returnsNull_andFindOneOrThrowNamesModelAndKey() {
        assertThat(User.findOne(123_456L)).isNull();
        assertThat(User.findOne(null)).isNull();
        assertThatThrownBy(() -> User.findOneOrThrow(123_456L))
                .isInstanceOfSatisfying(RecordNotFoundException.class, e -> {
                    assertThat(e.model()).isEqualTo("User");
                    assertThat(e.key()).isEqualTo(123_456L);
                })
                .hasMessage("No User with id=123456");
    }

    @DatabaseTest
    void findOneOrThrow_nullKey_isRefusedNamingTheModel_andFindersOfANullModelAreRefused() {
        assertThatThrownBy(() -> User.findOneOrThrow(null)).isExactlyInstanceOf(InvalidArgumentException.class)
                .hasMessage("User.findOneOrThrow(id) needs a key but was null; findOne(id) returns null for a null key");
        assertThatThrownBy(() -> ActiveRecord.<User>findOne(null, 1L)).isExactlyInstanceOf(InvalidArgumentException.class)
                .hasMessage("findOne(model, id) needs a model class (e.g. User.class) but was null");
        assertThatThrownBy(() -> ActiveRecord.<User>findOneOrThrow(null, 1L)).isExactlyInstanceOf(InvalidArgumentException.class)
                .hasMessage("findOneOrThrow(model, id) needs a model class (e.g. User.class) but was null");
    }

    @DatabaseTest
    void findOne_acceptsAnIntForALongKey() {
        User ann = new User("Ann", 31);
        ann.save();

        assertThat(User.findOne(ann.id.intValue()).name).isEqualTo("Ann");
        assertThatThrownBy(() -> User.findOne("one")).isInstanceOf(ActiveRecordException.class)
                .hasMessage("Key String 'one' does not fit User.id of type Long");
    }

    @DatabaseTest
    void primitiveGeneratedKey_zeroMeansNew_soSaveAndSaveAllLetTheDatabaseGenerateIt() {
        Meter first = new Meter("first");
        assertThat(first.isNewRecord()).isTrue();

        first.save();
        Meter second = new Meter("second");
        second.save();
        List<Meter> batch = List.of(new Meter("third"), new Meter("fourth"));
        ActiveRecord.saveAll(batch);

        List<Long> keys = List.of(first.id, second.id, batch.get(0).id, batch.get(1).id);
        assertThat(keys).doesNotContain(0L).doesNotHaveDuplicates();
        assertThat(Meter.query().count()).isEqualTo(4);
        assertThat(Meter.findOneOrThrow(second.id).label).isEqualTo("second");
        assertThat(Meter.findOne(0L)).isNull();
        first.label = "renamed";
        first.save();
        assertThat(Meter.findOneOrThrow(first.id).label).isEqualTo("renamed");
        assertThat(Meter.query().count()).isEqualTo(4);
    }

    @DatabaseTest
    void primitiveGeneratedKey_ofANewParent_isCopiedIntoItsChildOnSave_andANewOwnerReadsNoChildren(Database database) {
        Meter meter = new Meter("hall");
        MeterReading first = new MeterReading(7);
        MeterReading second = new MeterReading(8);
        first.meter(meter);
        second.meter(meter);

        assertThat(StatementCounter.count(database, () -> assertThat(meter.readings()).isEmpty())).isZero();
        first.save();    // saves its new parent first
        second.save();   // its parent was saved since it was assigned: the key is copied now

        assertThat(meter.id).isNotZero();
        assertThat(List.of(first.meterId, second.meterId)).containsOnly(meter.id);
        assertThat(MeterReading.findOneOrThrow(second.id).meterId).isEqualTo(meter.id);
        meter.clearAllRelationCaches();
        assertThat(meter.readings()).extracting(r -> r.value).containsExactlyInAnyOrder(7, 8);
    }

    @DatabaseTest
    void saveAll_tenThousandNewRows_fillsEveryKeyMatchingTheDatabase(Database database) {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            users.add(new User("user-" + i, i % 90));
        }

        ActiveRecord.saveAll(users);

        assertThat(users).allSatisfy(user -> {
            assertThat(user.id).isNotNull();
            assertThat(user.isNewRecord()).isFalse();
        });
        assertThat(users.stream().map(user -> user.id).distinct().count()).isEqualTo(10_000);
        Map<Long, String> stored = new HashMap<>();
        try (var all = User.query().stream()) {
            all.forEach(user -> stored.put(user.id, user.name));
        }
        assertThat(stored).hasSize(10_000);
        assertThat(users).allSatisfy(user -> assertThat(stored.get(user.id)).isEqualTo(user.name));
    }

    @DatabaseTest
    void saveAll_mixOfNewChangedAndClean_writesOnlyWhatIsNeeded(Database database) {
        User clean = new User("Clean", 1);
        User changed = new User("Changed", 2);
        ActiveRecord.saveAll(List.of(clean, changed));
        changed.age = 3;
        User fresh = new User("Fresh", 4);

        try (StatementCounter counter = StatementCounter.start(database)) {
            ActiveRecord.saveAll(List.of(clean, changed, fresh));

            assertThat(counter.sql()).hasSize(2).anyMatch(sql -> sql.startsWith("UPDATE")).anyMatch(sql -> sql.startsWith("INSERT"));
        }
        assertThat(fresh.id).isNotNull();
        assertThat(User.findOneOrThrow(changed.id).age).isEqualTo(3);
    }

    @DatabaseTest
    void saveAll_theSameNewRecordTwice_insertsItOnce_withGeneratedAndAssignedKeys() {
        User ann = new User("Ann", 31);
        User bob = new User("Bob", 40);
        Token token = new Token();
        token.purpose = "reset";

        ActiveRecord.saveAll(List.of(ann, bob, ann));
        ActiveRecord.saveAll(List.of(token, token));

        assertThat(User.query().count()).isEqualTo(2);
        assertThat(User.findOneOrThrow(ann.id).name).isEqualTo("Ann");
        assertThat(ann.isDirty()).isFalse();
        assertThat(Token.query().count()).isEqualTo(1);
        assertThat(Token.findOneOrThrow(token.id).purpose).isEqualTo("reset");
    }

    @DatabaseTest
    void saveAll_failingPartWay_leavesItsNewRecordsUnmarked_soTheNextSaveAllInsertsThem() {
        User gone = new User("Gone", 1);
        gone.save();
        User.findOneOrThrow(gone.id).delete(); // its row goes; this instance still has a change to write
        gone.age = 2;
        User fresh = new User("Fresh", 3);

        assertThatThrownBy(() -> ActiveRecord.saveAll(List.of(fresh, gone))).isInstanceOf(RecordNotFoundException.class);
        ActiveRecord.saveAll(List.of(fresh));

        assertThat(fresh.id).isNotNull();
        assertThat(User.findOneOrThrow(fresh.id).name).isEqualTo("Fresh");
    }

    @DatabaseTest
    void stringKey_isAssigned_andUnicodeKeysWork() {
        Tag tag = new Tag();
        tag.code = "日本-😀";
        tag.label = "unicode key";
        tag.save();
        tag.label = "renamed";
        tag.save();

        assertThat(Tag.findOneOrThrow("日本-😀").label).isEqualTo("renamed");
        Tag keyless = new Tag();
        assertThatThrownBy(keyless::save).hasMessage("Cannot insert Tag: its primary key 'code' is null; assign it before save()");
    }

    @DatabaseTest
    void uuidKey_isGeneratedWhenNull() {
        Token token = new Token();
        token.purpose = "reset";
        token.save();

        assertThat(token.id).isNotNull();
        assertThat(Token.findOneOrThrow(token.id).purpose).isEqualTo("reset");
        assertThat(Token.findOneOrThrow(token.id.toString()).purpose).isEqualTo("reset");
    }

    @DatabaseTest
    void directModel_worksThroughGenericEntryPoints() {
        Gadget gadget = new Gadget();
        gadget.name = "sprocket";
        gadget.weight = 3;
        gadget.save();

        assertThat(ActiveRecord.findOneOrThrow(Gadget.class, gadget.id).name).isEqualTo("sprocket");
        assertThat(ActiveRecord.query(Gadget.class).where(Gadget.c.weight.gt(2)).count()).isEqualTo(1);
    }

    static String quoted(Database database, String sqlWithBackquotes) {
        return database.dialectName().equals("postgresql") ? sqlWithBackquotes.replace('`', '"') : sqlWithBackquotes;
    }
}
