package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Loaded rows become instances through the model's no-argument constructor, whatever its visibility. */
class InstantiationTest {

    /** A model whose no-argument constructor only the ORM may call. */
    @Table("hidden_things")
    public static class HiddenThing extends ActiveRecord<HiddenThing> {
        public Long id;
        public String name;

        private HiddenThing() {
        }

        static HiddenThing named(String name) {
            HiddenThing thing = new HiddenThing();
            thing.name = name;
            return thing;
        }
    }

    /** A model whose constructor fails while {@link #refusing} is set. */
    @Table("grumpy_things")
    public static class GrumpyThing extends ActiveRecord<GrumpyThing> {
        static volatile boolean refusing;

        public Long id;
        public String name;

        public GrumpyThing() {
            if (refusing) {
                throw new IllegalStateException("not today");
            }
        }
    }

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, HiddenThing.class, GrumpyThing.class);
    }

    @AfterEach
    void calmDown() {
        GrumpyThing.refusing = false;
    }

    @DatabaseTest
    void load_privateNoArgumentConstructor_buildsTheRecord() {
        HiddenThing saved = HiddenThing.named("lamp");
        saved.save();

        HiddenThing found = ActiveRecord.findOne(HiddenThing.class, saved.id);

        assertThat(found).isNotSameAs(saved);
        assertThat(found.name).isEqualTo("lamp");
        assertThat(found.isDirty()).isFalse();
    }

    @DatabaseTest
    void load_constructorThrows_namesTheModelAndTheCause() {
        GrumpyThing saved = new GrumpyThing();
        saved.name = "cat";
        saved.save();
        GrumpyThing.refusing = true;

        assertThatThrownBy(() -> ActiveRecord.findOne(GrumpyThing.class, saved.id))
                .isInstanceOf(ActiveRecordException.class)
                .hasMessage("The constructor of GrumpyThing threw java.lang.IllegalStateException: not today")
                .hasCauseInstanceOf(IllegalStateException.class);
    }
}
