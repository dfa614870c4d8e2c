package org.activerecord4j.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which fields become properties, and which property class and value type each gets. */
class ColumnTest {

    @TempDir
    Path directory;

    @Test
    void staticAndTransientFields_areNotColumns() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/User.java", """
                package pkg;

                public class User extends UserRecord {
                    public static int instances;
                    public static final String TABLE = "users";
                    public Long id;
                    public transient String cachedLabel;
                    public String name;
                }
                """));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.generatedSource("pkg/UserFields.java"))
                .contains(" id =", " name =")
                .doesNotContain("instances", "TABLE", "cachedLabel");
    }

    @Test
    void orderedTypes_getComparableProperty_withBoxedValueType() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/Sample.java", """
                package pkg;

                public class Sample extends SampleRecord {
                    public Long boxedLong;
                    public Integer boxedInt;
                    public Short boxedShort;
                    public Double boxedDouble;
                    public Float boxedFloat;
                    public long primitiveLong;
                    public int primitiveInt;
                    public short primitiveShort;
                    public double primitiveDouble;
                    public float primitiveFloat;
                    public java.math.BigDecimal decimal;
                    public java.time.LocalDate date;
                    public java.time.LocalDateTime dateTime;
                    public java.time.Instant instant;
                    public java.time.OffsetDateTime offsetDateTime;
                }
                """));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        assertThat(compilation.generatedSource("pkg/SampleFields.java")).contains(
                "ComparableProperty<pkg.Sample, java.lang.Long> boxedLong =",
                "ComparableProperty<pkg.Sample, java.lang.Integer> boxedInt =",
                "ComparableProperty<pkg.Sample, java.lang.Short> boxedShort =",
                "ComparableProperty<pkg.Sample, java.lang.Double> boxedDouble =",
                "ComparableProperty<pkg.Sample, java.lang.Float> boxedFloat =",
                "ComparableProperty<pkg.Sample, java.lang.Long> primitiveLong =",
                "ComparableProperty<pkg.Sample, java.lang.Integer> primitiveInt =",
                "ComparableProperty<pkg.Sample, java.lang.Short> primitiveShort =",
                "ComparableProperty<pkg.Sample, java.lang.Double> primitiveDouble =",
                "ComparableProperty<pkg.Sample, java.lang.Float> primitiveFloat =",
                "ComparableProperty<pkg.Sample, java.math.BigDecimal> decimal =",
                "ComparableProperty<pkg.Sample, java.time.LocalDate> date =",
                "ComparableProperty<pkg.Sample, java.time.LocalDateTime> dateTime =",
                "ComparableProperty<pkg.Sample, java.time.Instant> instant =",
                "ComparableProperty<pkg.Sample, java.time.OffsetDateTime> offsetDateTime =");
    }

    @Test
    void otherTypes_getPlainProperty_enumsByCanonicalName_byteArraysAsIs() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/Sample.java", """
                package pkg;

                public class Sample extends SampleRecord {
                    public enum Status { ACTIVE, BANNED }

                    public String text;
                    public Boolean boxedFlag;
                    public boolean flag;
                    public java.util.UUID uuid;
                    public byte[] avatar;
                    public Status status;
                    public char initial;
                    public java.time.Duration duration;
                }
                """));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        assertThat(compilation.generatedSource("pkg/SampleFields.java")).contains(
                "public final org.activerecord4j.query.StringProperty<pkg.Sample> text =",
                "public final org.activerecord4j.query.Property<pkg.Sample, java.lang.Boolean> boxedFlag =",
                "public final org.activerecord4j.query.Property<pkg.Sample, java.lang.Boolean> flag =",
                "public final org.activerecord4j.query.Property<pkg.Sample, java.util.UUID> uuid =",
                "public final org.activerecord4j.query.Property<pkg.Sample, byte[]> avatar =",
                "public final org.activerecord4j.query.Property<pkg.Sample, pkg.Sample.Status> status =",
                "public final org.activerecord4j.query.Property<pkg.Sample, java.lang.Character> initial =",
                "public final org.activerecord4j.query.Property<pkg.Sample, java.time.Duration> duration =");
    }

    @Test
    void enumByteArrayAndPrimitiveColumns_acceptValuesOfTheirType() {
        Compilation compilation = TestCompiler.compile(directory, Map.of(
                "pkg/Account.java", """
                        package pkg;

                        public class Account extends AccountRecord {
                            public enum Status { ACTIVE, BANNED }

                            public Status status;
                            public byte[] avatar;
                            public int logins;
                        }
                        """,
                "app/Usage.java", """
                        package app;

                        import org.activerecord4j.query.Condition;
                        import pkg.Account;

                        final class Usage {
                            static Condition[] conditions() {
                                return new Condition[] {
                                    Account.c.status.eq(Account.Status.BANNED),
                                    Account.c.avatar.eq(new byte[] {1, 2}),
                                    Account.c.logins.gt(3),
                                };
                            }
                        }
                        """));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
    }

    @Test
    void enumColumn_rejectsValueOfAnotherType() {
        Compilation compilation = TestCompiler.compile(directory, Map.of(
                "pkg/Account.java", """
                        package pkg;

                        public class Account extends AccountRecord {
                            public enum Status { ACTIVE, BANNED }

                            public Status status;
                        }
                        """,
                "app/Usage.java", """
                        package app;

                        import org.activerecord4j.query.Condition;
                        import pkg.Account;

                        final class Usage {
                            static Condition banned() {
                                return Account.c.status.eq("BANNED");
                            }
                        }
                        """));

        assertThat(compilation.errorsWithPlace()).singleElement().asString().isEqualTo(
                "Usage.java:8: incompatible types: java.lang.String cannot be converted to pkg.Account.Status");
    }

    @Test
    void genericColumnTypes_keepTypeArguments_dropTypeAnnotations_andGetWildcardsWhenRaw() {
        Compilation compilation = TestCompiler.compile(directory, Map.of(
                "pkg/Marker.java", """
                        package pkg;

                        import java.lang.annotation.ElementType;
                        import java.lang.annotation.Target;

                        @Target(ElementType.TYPE_USE)
                        public @interface Marker {
                        }
                        """,
                "pkg/Post.java", """
                        package pkg;

                        import java.util.List;
                        import java.util.Map;

                        public class Post extends PostRecord {
                            public List<@Marker String> tags;
                            public Map<String, ? extends Number> scores;
                            public @Marker String title;
                            @SuppressWarnings("rawtypes")
                            public List legacy;
                        }
                        """));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        assertThat(compilation.generatedSource("pkg/PostFields.java")).contains(
                "Property<pkg.Post, java.util.List<java.lang.String>> tags =",
                "Property<pkg.Post, java.util.Map<java.lang.String, ? extends java.lang.Number>> scores =",
                "StringProperty<pkg.Post> title =",
                "Property<pkg.Post, java.util.List<?>> legacy =");
    }

    @Test
    void columnOfGenericSuperclass_takesTheModelsTypeArgument() {
        Compilation compilation = TestCompiler.compile(directory, Map.of(
                "pkg/Keyed.java", """
                        package pkg;

                        import org.activerecord4j.ActiveRecord;

                        public abstract class Keyed<K, M extends Keyed<K, M>> extends ActiveRecord<M> {
                            private K id;

                            public K id() {
                                return id;
                            }
                        }
                        """,
                "pkg/Order.java", """
                        package pkg;

                        public class Order extends Keyed<Long, Order> {
                            public java.math.BigDecimal total;
                        }
                        """,
                "pkg/Token.java", """
                        package pkg;

                        public class Token extends Keyed<java.util.UUID, Token> {
                        }
                        """));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        assertThat(compilation.generatedSource("pkg/OrderFields.java"))
                .contains("ComparableProperty<pkg.Order, java.lang.Long> id =");
        assertThat(compilation.generatedSource("pkg/TokenFields.java"))
                .contains("Property<pkg.Token, java.util.UUID> id =");
    }
}
