package org.activerecord4j.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.Database;
import org.activerecord4j.Model;
import org.activerecord4j.Table;
import org.activerecord4j.internal.state.RelationCache;
import org.activerecord4j.models.AllTypes;
import org.activerecord4j.models.AllTypesFieldAccess;
import org.activerecord4j.models.Gadget;
import org.activerecord4j.models.GadgetFieldAccess;
import org.activerecord4j.models.User;
import org.activerecord4j.models.UserFieldAccess;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How column fields are read and written: through the class the processor generated for the model, found by
 * name; through method handles for a model without one (a field generated code cannot reach, or compiled
 * without the processor). Both load, dirty-check and save alike.
 */
class FieldAccessorsTest {

    /** A model whose private column keeps the processor from generating its field access. */
    @Table("lockers")
    public static class Locker extends ActiveRecord<Locker> {
        public Long id;
        private String code;
        public int size;

        String code() {
            return code;
        }

        void code(String code) {
            this.code = code;
        }
    }

    /** A superclass whose column's type is one of its type parameters. */
    public abstract static class Labelled<M extends Labelled<M, V>, V> extends ActiveRecord<M> {
        public V label;
    }

    /** A model whose superclass's column is a String through its type argument. */
    @Table("labelled_things")
    public static class LabelledThing extends Labelled<LabelledThing, String> {
        public Long id;
    }

    @TempDir
    Path directory;

    @Test
    void processorCompiledModels_useTheirGeneratedAccess_notReflection() {
        assertThat(ModelInfo.of(User.class).fieldAccess()).isInstanceOf(UserFieldAccess.class);
        assertThat(ModelInfo.of(Gadget.class).fieldAccess()).isInstanceOf(GadgetFieldAccess.class);
        assertThat(ModelInfo.of(AllTypes.class).fieldAccess()).isInstanceOf(AllTypesFieldAccess.class);
    }

    @Test
    void generatedName_joinsEnclosingClassesLikeTheProcessor() {
        assertThat(FieldAccessors.generatedName(User.class)).isEqualTo("org.activerecord4j.models.UserFieldAccess");
        assertThat(FieldAccessors.generatedName(Locker.class))
                .isEqualTo("org.activerecord4j.internal.model.FieldAccessorsTest_LockerFieldAccess");
    }

    @Test
    void columnValues_goThroughTheGeneratedAccess() {
        User user = new User();
        ColumnInfo name = ModelInfo.of(User.class).column("name");

        name.set(user, "Ann");

        assertThat(user.name).isEqualTo("Ann");
        assertThat(new UserFieldAccess().get(user, name.index())).isEqualTo("Ann");
        assertThatThrownBy(() -> name.set(user, 42))
                .isInstanceOf(ActiveRecordException.class)
                .hasMessage("Cannot assign Integer value '42' to User.name of type String");
    }

    @Test
    void modelWithAPrivateColumn_hasNoGeneratedAccess_andUsesMethodHandles() {
        assertThat(ModelInfo.of(Locker.class).fieldAccess()).isInstanceOf(FieldAccessors.HandleAccess.class);
        Locker locker = new Locker();
        ColumnInfo size = ModelInfo.of(Locker.class).column("size");

        size.set(locker, null);
        assertThat(locker.size).isZero();
        size.set(locker, 3);
        ModelInfo.of(Locker.class).column("code").set(locker, "x1");

        assertThat(locker.size).isEqualTo(3);
        assertThat(locker.code()).isEqualTo("x1");
        assertThat(ModelInfo.of(Locker.class).column("code").get(locker)).isEqualTo("x1");
        assertThatThrownBy(() -> size.set(locker, "three"))
                .isInstanceOf(ActiveRecordException.class)
                .hasMessage("Cannot assign String value 'three' to Locker.size of type int");
    }

    @DatabaseTest
    void modelWithAPrivateColumn_roundTrips(Database database) {
        TestSchema.recreate(database, Locker.class);
        Locker locker = new Locker();
        locker.code("A-7");
        locker.size = 2;
        locker.save();

        Locker found = ActiveRecord.findOne(Locker.class, locker.id);
        assertThat(found.code()).isEqualTo("A-7");
        assertThat(found.size).isEqualTo(2);
        assertThat(found.isDirty()).isFalse();
        found.code("B-1");
        assertThat(found.changedColumns()).containsExactly("code");
        found.save();

        assertThat(ActiveRecord.findOne(Locker.class, locker.id).code()).isEqualTo("B-1");
    }

    @Test
    void aModelExtendingItsGeneratedBase_keepsItsSnapshotInTheBase_aDirectModelDoesNot() {
        assertThat(new UserFieldAccess().keepsSnapshot()).isTrue();
        assertThat(new AllTypesFieldAccess().keepsSnapshot()).isTrue();
        assertThat(new GadgetFieldAccess().keepsSnapshot()).isFalse();
        assertThat(ModelInfo.of(Locker.class).fieldAccess().keepsSnapshot()).isFalse();
        assertThatThrownBy(() -> new GadgetFieldAccess().snapshot(new Gadget(), 0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @DatabaseTest
    void loadedRecord_ofAModelWithSnapshotFields_holdsNoSnapshotArray_andDirtyChecksAgainstItsFields(Database database)
            throws ReflectiveOperationException {
        TestSchema.recreate(database, User.class, Gadget.class);
        User ann = new User("Ann", 30);
        ann.save();
        Gadget gadget = new Gadget();
        gadget.name = "lamp";
        gadget.save();
        int name = ModelInfo.of(User.class).column("name").index();

        User found = User.findOne(ann.id);
        Gadget foundGadget = ActiveRecord.findOne(Gadget.class, gadget.id);

        assertThat(snapshotArray(found)).isNull();
        assertThat(new UserFieldAccess().snapshot(found, name)).isEqualTo("Ann");
        assertThat(snapshotArray(foundGadget)).containsExactly(gadget.id, "lamp", null);
        found.name = "Bo";
        assertThat(found.changedColumns()).containsExactly("name");
        found.save();
        assertThat(snapshotArray(found)).isNull();
        assertThat(new UserFieldAccess().snapshot(found, name)).isEqualTo("Bo");
        assertThat(found.isDirty()).isFalse();
        assertThat(User.findOne(ann.id).name).isEqualTo("Bo");
    }

    @DatabaseTest
    void primitiveColumns_keepPrimitiveSnapshotFields_andTheirChangesAreFound(Database database) {
        TestSchema.recreate(database, AllTypes.class);
        AllTypes saved = new AllTypes();
        saved.primitiveLong = 7;
        saved.primitiveDouble = 2.5;
        saved.save();
        int primitiveLong = ModelInfo.of(AllTypes.class).column("primitiveLong").index();

        AllTypes found = AllTypes.findOneOrThrow(saved.id);

        assertThat(new AllTypesFieldAccess().snapshot(found, primitiveLong)).isEqualTo(7L);
        assertThat(found.isDirty()).isFalse();
        found.primitiveLong = 8;
        found.primitiveDouble = 2.5;
        assertThat(found.changedColumns()).containsExactly("primitive_long");
        found.save();
        assertThat(new AllTypesFieldAccess().snapshot(found, primitiveLong)).isEqualTo(8L);
        assertThat(AllTypes.findOneOrThrow(saved.id).primitiveLong).isEqualTo(8);
    }

    /** The array a record keeps its snapshot in, if it keeps it in one (its state, or its relation cache's). */
    private static Object[] snapshotArray(Model<?> record) throws ReflectiveOperationException {
        var field = Model.class.getDeclaredField("state");
        field.setAccessible(true);
        Object state = field.get(record);
        return state instanceof RelationCache cache ? cache.snapshot() : state instanceof Object[] array ? array : null;
    }

    @DatabaseTest
    void modelCompiledWithoutTheProcessor_loadsAndSavesThroughMethodHandles(Database database) throws Exception {
        try (URLClassLoader loader = compileWithoutProcessor("""
                package plain;

                @org.activerecord4j.Table("plain_things")
                public class PlainThing extends org.activerecord4j.ActiveRecord<PlainThing> {
                    public Long id;
                    public String name;
                    public long count;
                }
                """)) {
            @SuppressWarnings("unchecked")
            Class<? extends ActiveRecord<?>> type = (Class<? extends ActiveRecord<?>>) loader.loadClass("plain.PlainThing");
            assertThat(ModelInfo.of(type).fieldAccess()).isInstanceOf(FieldAccessors.HandleAccess.class);
            assertThat(loader.getResource("plain/PlainThingFieldAccess.class")).isNull();
            TestSchema.recreate(database, type);
            ActiveRecord<?> thing = type.getConstructor().newInstance();
            type.getField("name").set(thing, "widget");
            type.getField("count").setLong(thing, 5);
            thing.save();
            Object id = type.getField("id").get(thing);

            Model<?> found = findOne(type, id);

            assertThat(type.getField("name").get(found)).isEqualTo("widget");
            assertThat(type.getField("count").getLong(found)).isEqualTo(5);
            assertThat(found.isDirty()).isFalse();
            type.getField("count").setLong(found, 6);
            assertThat(found.changedColumns()).containsExactly("count");
        }
    }

    @DatabaseTest
    void staleGeneratedAccess_whoseFieldTypesNoLongerMatch_isNotUsed(Database database) throws Exception {
        // Regression: only the field names were compared, so the access generated when count was an Integer was
        // used after count became a Long (the model recompiled without the processor, the old class left on the
        // class path): loading failed with "Cannot assign Long value '5' to StaleThing.count of type Long".
        String model = """
                package plain;

                @org.activerecord4j.Table("plain_things")
                public class StaleThing extends org.activerecord4j.ActiveRecord<StaleThing> {
                    public Long id;
                    public String name;
                    public %s count;
                }
                """;
        compile(model.formatted("Integer"), true).close();
        try (URLClassLoader loader = compile(model.formatted("Long"), false)) {
            assertThat(loader.getResource("plain/StaleThingFieldAccess.class")).isNotNull();
            @SuppressWarnings("unchecked")
            Class<? extends ActiveRecord<?>> type = (Class<? extends ActiveRecord<?>>) loader.loadClass("plain.StaleThing");
            assertThat(ModelInfo.of(type).fieldAccess()).isInstanceOf(FieldAccessors.HandleAccess.class);
            TestSchema.recreate(database, type);
            ActiveRecord<?> thing = type.getConstructor().newInstance();
            type.getField("name").set(thing, "widget");
            type.getField("count").set(thing, 5L);
            thing.save();

            Model<?> found = findOne(type, type.getField("id").get(thing));

            assertThat(type.getField("count").get(found)).isEqualTo(5L);
            assertThat(found.isDirty()).isFalse();
        }
    }

    @DatabaseTest
    void columnOfAGenericSuperclass_hasTheTypeTheModelGivesIt(Database database) {
        // Regression: core took the field's erased type, Object, and refused the model ("Field LabelledThing.label
        // has unsupported type Object"), while the processor gave it a String property and a field access.
        assertThat(ModelInfo.of(LabelledThing.class).fieldAccess()).isInstanceOf(FieldAccessorsTest_LabelledThingFieldAccess.class);
        TestSchema.recreate(database, LabelledThing.class);
        LabelledThing thing = new LabelledThing();
        thing.label = "widget";
        thing.save();

        LabelledThing found = ActiveRecord.query(LabelledThing.class)
                .where(new FieldAccessorsTest_LabelledThingFields().label.eq("widget")).oneOrThrow();

        assertThat(found.id).isEqualTo(thing.id);
        assertThat(found.label).isEqualTo("widget");
        assertThat(found.isDirty()).isFalse();
        found.label = "gizmo";
        assertThat(found.changedColumns()).containsExactly("label");
        found.save();
        assertThat(ActiveRecord.findOneOrThrow(LabelledThing.class, thing.id).label).isEqualTo("gizmo");
    }

    private URLClassLoader compileWithoutProcessor(String source) throws IOException {
        return compile(source, false);
    }

    /** Compiles the class {@code source} declares in package {@code plain}, with or without the processor. */
    private URLClassLoader compile(String source, boolean withProcessor) throws IOException {
        String name = source.substring(source.indexOf("public class ") + "public class ".length()).split(" ")[0];
        Path sources = Files.createDirectories(directory.resolve("src/plain"));
        Path classes = Files.createDirectories(directory.resolve("classes"));
        Path file = Files.writeString(sources.resolve(name + ".java"), source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, null)) {
            List<String> processing = withProcessor
                    ? List.of("-processor", "org.activerecord4j.processor.ModelProcessor")
                    : List.of("-proc:none");
            List<String> options = new ArrayList<>(processing);
            options.addAll(List.of("-d", classes.toString(), "-s", classes.toString(),
                    "-classpath", classes + File.pathSeparator + System.getProperty("java.class.path")));
            boolean compiled = compiler.getTask(null, files, null, options, null, files.getJavaFileObjects(file)).call();
            assertThat(compiled).isTrue();
        }
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Model<?> findOne(Class<?> type, Object id) {
        return (Model<?>) ActiveRecord.findOne((Class) type, id);
    }
}
