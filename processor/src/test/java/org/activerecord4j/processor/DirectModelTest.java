package org.activerecord4j.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models that extend {@code ActiveRecord} or {@code AsyncActiveRecord} themselves, directly or
 * through abstract superclasses.
 */
class DirectModelTest {

    @TempDir
    Path directory;

    @Test
    void directModel_getsOnlyFields() {
        Compilation compilation = TestCompiler.compile(directory, Map.of(
                "pkg/User.java", """
                        package pkg;

                        import org.activerecord4j.ActiveRecord;

                        public class User extends ActiveRecord<User> {
                            public static final UserFields c = new UserFields();

                            public Long id;
                            public String name;
                        }
                        """,
                "app/Usage.java", """
                        package app;

                        import org.activerecord4j.ActiveRecord;
                        import org.activerecord4j.Query;
                        import pkg.User;

                        final class Usage {
                            static Query<User> named() {
                                return ActiveRecord.query(User.class).where(User.c.name.eq("Ann"));
                            }
                        }
                        """));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        assertThat(compilation.generatedFiles()).containsExactly("pkg/UserFieldAccess.java", "pkg/UserFields.java");
    }

    @Test
    void directAsyncModel_getsOnlyFields_evenWithRelations() {
        Compilation compilation = TestCompiler.compile(directory, Map.of(
                "pkg/User.java", """
                        package pkg;

                        import org.activerecord4j.AsyncActiveRecord;
                        import org.activerecord4j.relation.AsyncHasMany;

                        public class User extends AsyncActiveRecord<User> {
                            public static final UserFields c = new UserFields();
                            public static final AsyncHasMany<User> friends = hasMany();

                            public Long id;
                            public String name;
                        }
                        """,
                "app/Usage.java", """
                        package app;

                        import org.activerecord4j.AsyncActiveRecord;
                        import org.activerecord4j.AsyncQuery;
                        import pkg.User;

                        final class Usage {
                            static AsyncQuery<User> named() {
                                return AsyncActiveRecord.query(User.class).where(User.c.name.eq("Ann"));
                            }
                        }
                        """));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        assertThat(compilation.generatedFiles()).containsExactly("pkg/UserFieldAccess.java", "pkg/UserFields.java");
    }

    @Test
    void asyncModelBelowAbstractSuperclass_getsFieldsWithSuperclassColumnsFirst() {
        Compilation compilation = TestCompiler.compile(directory, Map.of(
                "pkg/Timestamped.java", """
                        package pkg;

                        import java.time.Instant;
                        import org.activerecord4j.AsyncActiveRecord;

                        public abstract class Timestamped<M extends Timestamped<M>> extends AsyncActiveRecord<M> {
                            public Instant createdAt;
                        }
                        """,
                "pkg/Post.java", """
                        package pkg;

                        public class Post extends Timestamped<Post> {
                            public Long id;
                        }
                        """));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        assertThat(compilation.generatedFiles()).containsExactly("pkg/PostFieldAccess.java", "pkg/PostFields.java");
        assertThat(compilation.generatedSource("pkg/PostFields.java")).containsSubsequence(
                "ComparableProperty<pkg.Post, java.time.Instant> createdAt =",
                "ComparableProperty<pkg.Post, java.lang.Long> id =");
    }

    @Test
    void abstractDirectModel_getsNothing() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/Timestamped.java", """
                package pkg;

                import java.time.Instant;
                import org.activerecord4j.ActiveRecord;

                public abstract class Timestamped<M extends Timestamped<M>> extends ActiveRecord<M> {
                    public Instant createdAt;
                }
                """));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.generatedFiles()).isEmpty();
    }

    @Test
    void modelBelowAbstractSuperclass_getsFieldsWithSuperclassColumnsFirst() {
        Compilation compilation = TestCompiler.compile(directory, Map.of(
                "pkg/Timestamped.java", """
                        package pkg;

                        import java.time.Instant;
                        import org.activerecord4j.ActiveRecord;

                        public abstract class Timestamped<M extends Timestamped<M>> extends ActiveRecord<M> {
                            public Instant createdAt;
                            public Instant updatedAt;
                        }
                        """,
                "pkg/Post.java", """
                        package pkg;

                        public class Post extends Timestamped<Post> {
                            public Long id;
                            public String title;
                        }
                        """));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        assertThat(compilation.generatedFiles()).containsExactly("pkg/PostFieldAccess.java", "pkg/PostFields.java");
        assertThat(compilation.generatedSource("pkg/PostFields.java")).containsSubsequence(
                "/** Column for {@link Timestamped#createdAt}. */",
                "ComparableProperty<pkg.Post, java.time.Instant> createdAt =",
                "/** Column for {@link Timestamped#updatedAt}. */",
                "/** Column for {@link Post#id}. */",
                "/** Column for {@link Post#title}. */",
                "StringProperty<pkg.Post> title =");
    }

    @Test
    void superclassInAnotherPackage_isLinkedByQualifiedName() {
        Compilation compilation = TestCompiler.compile(directory, Map.of(
                "base/Keyed.java", """
                        package base;

                        import org.activerecord4j.ActiveRecord;

                        public abstract class Keyed<M extends Keyed<M>> extends ActiveRecord<M> {
                            public Long id;
                        }
                        """,
                "pkg/Tag.java", """
                        package pkg;

                        public class Tag extends base.Keyed<Tag> {
                            public String label;
                        }
                        """));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.generatedSource("pkg/TagFields.java"))
                .containsSubsequence(
                        "/** Column for {@link base.Keyed#id}. */",
                        "/** Column for {@link Tag#label}. */");
    }

    @Test
    void classesOutsideActiveRecord_getNothing() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/Plain.java", """
                package pkg;

                public class Plain {
                    public String name;

                    interface Shape {
                    }

                    enum Color {
                        RED
                    }

                    record Point(int x, int y) {
                    }

                    static class Nested extends Plain {
                        public Long id;
                    }
                }
                """));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        assertThat(compilation.generatedFiles()).isEmpty();
    }
}
