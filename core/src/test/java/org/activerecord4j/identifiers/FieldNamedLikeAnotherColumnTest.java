package org.activerecord4j.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.Column;
import org.activerecord4j.Database;
import org.activerecord4j.Id;
import org.activerecord4j.Table;
import org.activerecord4j.query.Property;
import org.activerecord4j.relation.BelongsTo;
import org.activerecord4j.relation.HasMany;
import org.activerecord4j.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;

/**
 * A field whose name is another field's column name, as in a legacy schema ({@code @Id @Column("number") Long id}
 * beside {@code @Column("id") Long legacyId}): a field proxy and every lookup by key name the field, so they use the
 * field's own column. {@code findOne(1)} read {@code WHERE "id" = 1}, the legacy column, and returned another row.
 */
class FieldNamedLikeAnotherColumnTest {

    @Table("ar4j_legacy_parts")
    public static class Part extends ActiveRecord<Part> {
        @Id
        @Column("number")
        public Long id;
        @Column("id")
        public Long legacyId;
        public String label;

        public static final HasMany<Note> notes = hasMany(foreignKey("part_number"), inverseOf("part"));
    }

    @Table("ar4j_legacy_notes")
    public static class Note extends ActiveRecord<Note> {
        public Long id;
        @Column("part_number")
        public Long partNumber;
        public String text;

        public static final BelongsTo<Part> part = belongsTo(foreignKey("part_number"), inverseOf("notes"));
    }

    private Part first;
    private Part second;

    @BeforeEach
    void data(Database database) {
        database.dropTables(Note.class, Part.class);
        database.createTables(Part.class, Note.class);
        first = part("first", 2L);
        second = part("second", 1L);
        note(first, "of first");
        note(second, "of second");
    }

    @DatabaseTest
    void findOneAndFieldProxy_nameTheKeyField_notTheColumnOfTheSameName() {
        assertThat(first.id).isEqualTo(second.legacyId);

        assertThat(ActiveRecord.findOneOrThrow(Part.class, first.id).label).isEqualTo("first");
        assertThat(ActiveRecord.query(Part.class).where(new Property<>(Part.class, "id").eq(first.id)).all())
                .extracting(part -> part.label).containsExactly("first");
        assertThat(ActiveRecord.query(Part.class).orderBy(new Property<>(Part.class, "id").desc()).all())
                .extracting(part -> part.label).containsExactly("second", "first");
        Part reloaded = ActiveRecord.findOneOrThrow(Part.class, second.id);
        reloaded.reload();
        assertThat(reloaded.label).isEqualTo("second");
    }

    @DatabaseTest
    void relations_readTheOwnersByTheirKeyColumn() {
        Note note = ActiveRecord.query(Note.class).whereEq("text", "of first").oneOrThrow();
        assertThat(Note.part.of(note).label).isEqualTo("first");
        List<Note> notes = ActiveRecord.query(Note.class).with("part").orderBy("text").all();
        assertThat(notes).extracting(n -> Note.part.of(n).label).containsExactly("first", "second");
        List<Part> parts = ActiveRecord.query(Part.class).with("notes", q -> q.limit(1)).orderBy("number").all();
        assertThat(parts).extracting(p -> Part.notes.of(p).get(0).text).containsExactly("of first", "of second");
    }

    private static Part part(String label, Long legacyId) {
        Part part = new Part();
        part.label = label;
        part.legacyId = legacyId;
        part.save();
        return part;
    }

    private static void note(Part part, String text) {
        Note note = new Note();
        note.partNumber = part.id;
        note.text = text;
        note.save();
    }
}
