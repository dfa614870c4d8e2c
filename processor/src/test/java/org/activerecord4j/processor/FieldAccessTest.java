package org.activerecord4j.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.util.Arrays;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The field access the processor generates for each model: core reads and writes column fields through it
 * by position instead of reflection, so it must cover every column in core's order, and be left out where
 * generated code cannot reach a field.
 */
class FieldAccessTest {

    @TempDir
    Path directory;

    @Test
    void fieldAccess_readsAndWritesEveryColumnByPosition_superclassColumnsFirst() throws Exception {
        Compilation compilation = TestCompiler.compile(directory, Map.of(
                "pkg/Valued.java", """
                        package pkg;

                        import org.activerecord4j.ActiveRecord;

                        public abstract class Valued<M extends Valued<M, V>, V> extends ActiveRecord<M> {
                            public V value;
                            String note;
                        }
                        """,
                "pkg/Gadget.java", """
                        package pkg;

                        public class Gadget extends Valued<Gadget, String> {
                            public enum Size { SMALL, LARGE }

                            public static final String KIND = "gadget";
                            public Long id;
                            protected int count;
                            Size size;
                            public byte[] data;
                            public transient String scratch;
                        }
                        """));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        assertThat(compilation.generatedSource("pkg/GadgetFieldAccess.java"))
                .contains("public final class GadgetFieldAccess implements org.activerecord4j.FieldAccess<pkg.Gadget> {")
                .contains("case 0: record.value = (java.lang.String) value; return;")
                .contains("case 3: record.count = (java.lang.Integer) value; return;")
                .contains("case 4: record.size = (pkg.Gadget.Size) value; return;")
                .contains("case 5: record.data = (byte[]) value; return;");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {compilation.classesDirectory().toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Object access = loader.loadClass("pkg.GadgetFieldAccess").getConstructor().newInstance();
            Class<?> gadgetType = loader.loadClass("pkg.Gadget");
            Object gadget = gadgetType.getConstructor().newInstance();
            Class<?> accessType = loader.loadClass("org.activerecord4j.FieldAccess");
            Method names = accessType.getMethod("fieldNames");
            Method get = accessType.getMethod("get", Object.class, int.class);
            Method set = accessType.getMethod("set", Object.class, int.class, Object.class);
            Object large = gadgetType.getClasses()[0].getEnumConstants()[1];
            byte[] data = {1, 2};

            assertThat(names.invoke(access)).isEqualTo(List.of("value", "note", "id", "count", "size", "data"));
            List<Object> values = List.of("v", "n", 7L, 3, large, data);
            for (int i = 0; i < values.size(); i++) {
                set.invoke(access, gadget, i, values.get(i));
            }
            for (int i = 0; i < values.size(); i++) {
                // The primitive count comes back boxed anew; every other value is the object stored.
                if (i == 3) {
                    assertThat(get.invoke(access, gadget, i)).isEqualTo(3);
                } else {
                    assertThat(get.invoke(access, gadget, i)).isSameAs(values.get(i));
                }
            }
            assertThat(gadgetType.getField("id").get(gadget)).isEqualTo(7L);
            assertThat(gadgetType.getField("data").get(gadget)).isSameAs(data);
            assertThatThrownBy(() -> set.invoke(access, gadget, 2, "not a Long"))
                    .isInstanceOf(InvocationTargetException.class)
                    .cause().isInstanceOf(ClassCastException.class);
            assertThatThrownBy(() -> get.invoke(access, gadget, 6))
                    .cause().isInstanceOf(IndexOutOfBoundsException.class);

            // read: each column from its own reader at its JDBC index; a null into the primitive count is its
            // zero, stored boxed; every value stored goes into the values too.
            Class<?> readerType = loader.loadClass("org.activerecord4j.FieldAccess$ColumnReader");
            List<Object> row = Arrays.asList("w", null, 8L, null, large, data);
            Object readers = Array.newInstance(readerType, row.size());
            for (int i = 0; i < row.size(); i++) {
                int column = i;
                Array.set(readers, i, Proxy.newProxyInstance(loader,
                        new Class<?>[] {readerType}, (proxy, method, arguments) -> {
                            assertThat(arguments[1]).as("JDBC index of column " + column).isEqualTo(column + 1);
                            return row.get(column);
                        }));
            }
            Method read = accessType.getMethod("read", Object.class, ResultSet.class, readers.getClass(), Object[].class);
            Object fresh = gadgetType.getConstructor().newInstance();
            Object[] stored = new Object[row.size()];

            assertThat(read.invoke(access, fresh, null, readers, stored)).isEqualTo(true);
            assertThat(stored).containsExactly("w", null, 8L, 0, large, data);
            assertThat(get.invoke(access, fresh, 0)).isEqualTo("w");
            assertThat(get.invoke(access, fresh, 2)).isEqualTo(8L);
            assertThat(get.invoke(access, fresh, 3)).isEqualTo(0);
            assertThat(gadgetType.getField("data").get(fresh)).isSameAs(data);
            Array.set(readers, 0, Proxy.newProxyInstance(loader,
                    new Class<?>[] {readerType}, (proxy, method, arguments) -> 42));
            assertThatThrownBy(() -> read.invoke(access, fresh, null, readers, new Object[row.size()]))
                    .cause().isInstanceOf(ClassCastException.class);
        }
    }

    @Test
    void fieldAccess_isLeftOut_whenGeneratedCodeCannotReachAColumn() {
        Compilation compilation = TestCompiler.compile(directory, Map.of(
                "base/Audited.java", """
                        package base;

                        import org.activerecord4j.ActiveRecord;

                        public abstract class Audited<M extends Audited<M>> extends ActiveRecord<M> {
                            protected String auditedBy;
                        }
                        """,
                "pkg/Secretive.java", """
                        package pkg;

                        public class Secretive extends SecretiveRecord {
                            public Long id;
                            private String secret;
                        }
                        """,
                "pkg/Fixed.java", """
                        package pkg;

                        public class Fixed extends FixedRecord {
                            public Long id;
                            public final String code = "x";
                        }
                        """,
                "pkg/Audit.java", """
                        package pkg;

                        public class Audit extends base.Audited<Audit> {
                            public Long id;
                        }
                        """,
                "pkg/Open.java", """
                        package pkg;

                        public class Open extends base.Audited<Open> {
                            public Long id;
                            String name;
                        }
                        """));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.generatedFiles()).contains("pkg/SecretiveFields.java", "pkg/FixedFields.java",
                "pkg/AuditFields.java", "pkg/OpenFields.java")
                .doesNotContain("pkg/SecretiveFieldAccess.java", "pkg/FixedFieldAccess.java", "pkg/AuditFieldAccess.java",
                        "pkg/OpenFieldAccess.java");
    }

    @Test
    void columnsNamedLikeSnapshotFields_keepTheirValues_andTheSnapshotsGoToTheBase() throws Exception {
        // Regression: the generated access wrote record.ar4j$snapshotN, which named the model's own column field
        // when one had that name: a String column failed to compile inside the generated code, and a long column
        // silently took another column's value as its snapshot.
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/Meter.java", """
                package pkg;

                public class Meter extends MeterRecord {
                    public long count;
                    public long ar4j$snapshot0;
                    public String note;
                    public String ar4j$snapshot2;
                }
                """));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {compilation.classesDirectory().toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> accessClass = loader.loadClass("pkg.MeterFieldAccess");
            Object access = accessClass.getConstructor().newInstance();
            Class<?> meterType = loader.loadClass("pkg.Meter");
            Class<?> readerType = loader.loadClass("org.activerecord4j.FieldAccess$ColumnReader");
            List<Object> row = List.of(5L, 9L, "n", "s");
            Object readers = Array.newInstance(readerType, row.size());
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                Array.set(readers, i, Proxy.newProxyInstance(loader,
                        new Class<?>[] {readerType}, (proxy, method, arguments) -> value));
            }
            Method read = accessClass.getMethod("read", meterType, ResultSet.class, readers.getClass(), Object[].class);
            Method get = accessClass.getMethod("get", meterType, int.class);
            Method snapshot = accessClass.getMethod("snapshot", meterType, int.class);
            Method setSnapshot = accessClass.getMethod("snapshot", meterType, int.class, Object.class);
            Object meter = meterType.getConstructor().newInstance();

            read.invoke(access, meter, null, readers, null);

            for (int i = 0; i < row.size(); i++) {
                assertThat(get.invoke(access, meter, i)).as("column " + i).isEqualTo(row.get(i));
                assertThat(snapshot.invoke(access, meter, i)).as("snapshot of column " + i).isEqualTo(row.get(i));
            }
            setSnapshot.invoke(access, meter, 0, 6L);
            setSnapshot.invoke(access, meter, 2, "m");
            assertThat(meterType.getField("ar4j$snapshot0").get(meter)).isEqualTo(9L);
            assertThat(meterType.getField("ar4j$snapshot2").get(meter)).isEqualTo("s");
            assertThat(snapshot.invoke(access, meter, 0)).isEqualTo(6L);
            assertThat(snapshot.invoke(access, meter, 2)).isEqualTo("m");
        }
    }
}
