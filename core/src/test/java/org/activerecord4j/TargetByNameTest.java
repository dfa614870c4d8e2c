package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.activerecord4j.models.User;
import org.activerecord4j.relation.BelongsTo;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;

/**
 * A relation's target named by string, when models of that simple name live in several places: the name never
 * resolves to whichever of them the application happened to use first. The field's type argument decides when
 * it has the name; a full name names one class; an ambiguous simple name is refused, naming the candidates.
 * Two models named {@code Item} (both on the users table) are used before each owner is, {@link Shop.Item} first.
 */
class TargetByNameTest {

    /** Holds one model named Item. */
    static final class Shop {
        /** An Item used first. */
        @Table("users")
        public static class Item extends ActiveRecord<Item> {
            public Long id;
            public String name;
        }
    }

    /** Holds the other model named Item. */
    static final class Warehouse {
        /** The Item the notes mean. */
        @Table("users")
        public static class Item extends ActiveRecord<Item> {
            public Long id;
            public String name;
        }
    }

    /** Names its target "Item"; its type argument says which. */
    public static class Note extends ActiveRecord<Note> {
        public Long id;
        public Long userId;
        public static final BelongsTo<Warehouse.Item> item = belongsTo(target("Item"), foreignKey("user_id"));
    }

    /** Names its target by full name. */
    public static class FullNameNote extends ActiveRecord<FullNameNote> {
        public Long id;
        public Long userId;
        public static final BelongsTo<User> writer = belongsTo(target("org.activerecord4j.models.User"),
                foreignKey("user_id"));
    }

    /** Names its target "Item" with no type argument to tell which of the two. */
    public static class AmbiguousNote extends ActiveRecord<AmbiguousNote> {
        public Long id;
        public Long userId;
        public static final BelongsTo<?> item = belongsTo(target("Item"), foreignKey("user_id"));
    }

    private static long annIn(Database database) {
        TestSchema.recreate(database, User.class);
        ActiveRecord.query(Shop.Item.class).count();
        ActiveRecord.query(Warehouse.Item.class).count();
        User ann = new User("Ann", 31);
        ann.save();
        return ann.id;
    }

    @DatabaseTest
    void simpleName_resolvesToTheFieldsTypeArgument_notToTheModelOfThatNameUsedFirst(Database database) {
        Note note = new Note();
        note.userId = annIn(database);

        assertThat(Note.item.of(note)).isInstanceOf(Warehouse.Item.class).extracting(item -> item.name).isEqualTo("Ann");
    }

    @DatabaseTest
    void fullName_resolvesToThatClass(Database database) {
        FullNameNote note = new FullNameNote();
        note.userId = annIn(database);

        assertThat(FullNameNote.writer.of(note)).isInstanceOf(User.class).extracting(user -> user.name).isEqualTo("Ann");
    }

    @DatabaseTest
    void ambiguousSimpleName_isRefused_namingTheCandidates(Database database) {
        AmbiguousNote note = new AmbiguousNote();
        note.userId = annIn(database);

        assertThatThrownBy(() -> AmbiguousNote.item.of(note)).isInstanceOf(RelationDefinitionException.class)
                .hasMessage("The target 'Item' of relation AmbiguousNote.item names several models: "
                        + "org.activerecord4j.TargetByNameTest$Shop$Item, org.activerecord4j.TargetByNameTest$Warehouse$Item; "
                        + "name it by class (target(Item.class)) or by its full name");
    }
}
