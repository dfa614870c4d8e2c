package org.activerecord4j.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models the generated code could not serve, reported as errors on the element to fix. */
class ModelErrorTest {

    @TempDir
    Path directory;

    @Test
    void privateNestedModel_reportsErrorOnModel() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/Outer.java", """
                package pkg;

                public class Outer {
                    private static class User extends UserRecord {
                        public Long id;
                    }
                }
                """));

        assertThat(compilation.succeeded()).isFalse();
        assertThat(compilation.generatedFiles()).isEmpty();
        assertThat(compilation.errorsWithPlace()).contains("Outer.java:4: Model pkg.Outer.User cannot be used by"
                + " the generated pkg.Outer_UserFields because pkg.Outer.User is private;"
                + " make it package-private or public");
    }

    @Test
    void modelNestedInPrivateClass_reportsErrorNamingThePrivateClass() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/Outer.java", """
                package pkg;

                import org.activerecord4j.ActiveRecord;

                public class Outer {
                    private static class Inner {
                        static class User extends ActiveRecord<User> {
                            public Long id;
                        }
                    }
                }
                """));

        assertThat(compilation.succeeded()).isFalse();
        assertThat(compilation.generatedFiles()).isEmpty();
        assertThat(compilation.errorsWithPlace()).containsExactly("Outer.java:7: Model pkg.Outer.Inner.User cannot be"
                + " used by the generated pkg.Outer_Inner_UserFields because pkg.Outer.Inner is private;"
                + " make it package-private or public");
    }

    @Test
    void innerModel_reportsErrorOnModel_tellingToMakeItStatic() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/Outer.java", """
                package pkg;

                import org.activerecord4j.ActiveRecord;

                public class Outer {
                    public class Note extends ActiveRecord<Note> {
                        public Long id;
                    }
                }
                """));

        assertThat(compilation.succeeded()).isFalse();
        assertThat(compilation.errorsWithPlace()).containsExactly("Outer.java:6: Model pkg.Outer.Note is an inner"
                + " class: activerecord4j creates its records with a no-argument constructor, and an inner class"
                + " has none, as each instance needs an enclosing pkg.Outer; declare it static");
    }

    @Test
    void innerModelWithGeneratedBase_reportsOnlyThatError() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/Outer.java", """
                package pkg;

                public class Outer {
                    class Note extends NoteRecord {
                        public Long id;
                    }
                }
                """));

        assertThat(compilation.succeeded()).isFalse();
        assertThat(compilation.errorsWithPlace()).containsExactly("Outer.java:4: Model pkg.Outer.Note is an inner"
                + " class: activerecord4j creates its records with a no-argument constructor, and an inner class"
                + " has none, as each instance needs an enclosing pkg.Outer; declare it static");
    }

    @Test
    void staticNestedModelAndModelNestedInInterface_compile() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/Outer.java", """
                package pkg;

                public class Outer {
                    public static class Note extends NoteRecord {
                        public Long id;
                    }

                    public interface Models {
                        class Tag extends TagRecord {
                            public Long id;
                        }
                    }
                }
                """));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.succeeded()).isTrue();
    }

    @Test
    void modelWithoutNoArgumentConstructor_reportsErrorOnModel() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/User.java", """
                package pkg;

                public class User extends UserRecord {
                    public Long id;
                    public String name;

                    public User(String name) {
                        this.name = name;
                    }
                }
                """));

        assertThat(compilation.succeeded()).isFalse();
        assertThat(compilation.errorsWithPlace()).containsExactly("User.java:3: Model pkg.User has no constructor"
                + " without parameters, which activerecord4j needs to create a record per row it loads; add one"
                + " (it may be private)");
    }

    @Test
    void genericModel_reportsErrorOnModel() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/Box.java", """
                package pkg;

                import org.activerecord4j.ActiveRecord;

                public class Box<T, U> extends ActiveRecord<Box<T, U>> {
                    public Long id;
                }
                """));

        assertThat(compilation.generatedFiles()).isEmpty();
        assertThat(compilation.errorsWithPlace()).containsExactly("Box.java:5: Model pkg.Box declares type parameters"
                + " <T, U>, but a model cannot be generic: generated code refers to it as a plain type;"
                + " remove the type parameters");
    }

    @Test
    void fieldNameRepeatedFromSuperclass_reportsErrorOnSubclassField() {
        Compilation compilation = TestCompiler.compile(directory, Map.of(
                "pkg/Keyed.java", """
                        package pkg;

                        import org.activerecord4j.ActiveRecord;

                        public abstract class Keyed<M extends Keyed<M>> extends ActiveRecord<M> {
                            public Long id;
                        }
                        """,
                "pkg/User.java", """
                        package pkg;

                        public class User extends Keyed<User> {
                            public String name;
                            public Long id;
                        }
                        """));

        assertThat(compilation.generatedFiles()).isEmpty();
        assertThat(compilation.errorsWithPlace()).containsExactly("User.java:5: Column 'id' of model pkg.User is"
                + " declared in both pkg.Keyed and pkg.User, but the generated pkg.UserFields has one property per"
                + " field name; rename one of the fields");
    }

    @Test
    void columnNamedC_reportsErrorOnField_namingTheFieldProxyItHides() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/User.java", """
                package pkg;

                public class User extends UserRecord {
                    public Long id;
                    public String c;
                }
                """));

        assertThat(compilation.succeeded()).isFalse();
        assertThat(compilation.errorsWithPlace()).containsExactly("User.java:5: Column 'c' of model pkg.User hides"
                + " the field proxy c of the generated pkg.UserRecord: User.c would name the column, not the"
                + " proxy, and typed queries through it would not compile; rename the field, keeping its"
                + " column name with @Column(\"c\")");
    }

    @Test
    void columnNamedC_isReportedBesideJavacsErrorAtTheUse() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/User.java", """
                package pkg;

                import org.activerecord4j.Query;

                public class User extends UserRecord {
                    public Long id;
                    public String c;

                    static Query<User> first() {
                        return query().where(User.c.id.eq(1L));
                    }
                }
                """));

        assertThat(compilation.errorsWithPlace()).contains("User.java:7: Column 'c' of model pkg.User hides"
                + " the field proxy c of the generated pkg.UserRecord: User.c would name the column, not the"
                + " proxy, and typed queries through it would not compile; rename the field, keeping its"
                + " column name with @Column(\"c\")");
    }

    @Test
    void relationNamedC_reportsErrorOnField() {
        Compilation compilation = TestCompiler.compile(directory, Map.of(
                "pkg/User.java", """
                        package pkg;

                        import org.activerecord4j.relation.AsyncHasMany;

                        public class User extends UserAsyncRecord {
                            public static final AsyncHasMany<Post> c = hasMany();

                            public Long id;
                        }
                        """,
                "pkg/Post.java", """
                        package pkg;

                        public class Post extends PostAsyncRecord {
                            public Long id;
                        }
                        """));

        assertThat(compilation.succeeded()).isFalse();
        assertThat(compilation.errorsWithPlace()).containsExactly("User.java:6: Relation 'c' of model pkg.User hides"
                + " the field proxy c of the generated pkg.UserAsyncRecord: User.c would name the relation, not the"
                + " proxy, and typed queries through it would not compile; rename the relation");
    }

    @Test
    void fieldNamedC_isFine_whereNoGeneratedBaseDeclaresTheProxy_orWhereItIsTheProxy() {
        Compilation compilation = TestCompiler.compile(directory, Map.of(
                "pkg/Note.java", """
                        package pkg;

                        import org.activerecord4j.ActiveRecord;

                        public class Note extends ActiveRecord<Note> {
                            public Long id;
                            public String c;
                        }
                        """,
                "pkg/User.java", """
                        package pkg;

                        public class User extends UserRecord {
                            public static final UserFields c = new UserFields();

                            public Long id;
                        }
                        """));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.succeeded()).isTrue();
    }

    @Test
    void columnOfPrivateType_reportsErrorOnField() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/User.java", """
                package pkg;

                import java.util.List;
                import org.activerecord4j.ActiveRecord;

                public class User extends ActiveRecord<User> {
                    private enum Secret { A, B }

                    public List<Secret> secrets;
                }
                """));

        assertThat(compilation.generatedFiles()).isEmpty();
        assertThat(compilation.errorsWithPlace()).containsExactly("User.java:9: Column 'secrets' of model pkg.User"
                + " has type pkg.User.Secret, which the generated pkg.UserFields cannot name because it is private;"
                + " make it package-private or public");
    }

    @Test
    void columnOfMissingType_reportsErrorOnFieldBesideJavacs() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/User.java", """
                package pkg;

                import org.activerecord4j.ActiveRecord;

                public class User extends ActiveRecord<User> {
                    public Long id;
                    public Mony balance;
                }
                """));

        assertThat(compilation.generatedFiles()).isEmpty();
        assertThat(compilation.errorsWithPlace()).contains("User.java:7: Cannot generate pkg.UserFields: the type"
                + " Mony of column 'balance' of model pkg.User does not exist; correct the type or import it");
        assertThat(compilation.errors()).anySatisfy(error -> assertThat(error)
                .startsWith("cannot find symbol").contains("symbol:   class Mony"));
    }

    @Test
    void twoModelsNeedingTheSameBase_reportErrorOnTheSecond() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/Outer.java", """
                package pkg;

                public class Outer {
                    public static class First {
                        public static class User extends UserRecord {
                        }
                    }

                    public static class Second {
                        public static class User extends UserRecord {
                        }
                    }
                }
                """));

        assertThat(compilation.generatedFiles())
                .containsExactly("pkg/Outer_First_UserFieldAccess.java", "pkg/Outer_First_UserFields.java",
                        "pkg/UserRecord.java");
        assertThat(compilation.errorsWithPlace()).contains("Outer.java:10: Cannot generate pkg.UserRecord for model"
                + " pkg.Outer.Second.User: it is already generated for model pkg.Outer.First.User;"
                + " rename one of the models");
    }

    @Test
    void existingTypeWithGeneratedName_reportsErrorOnModel() {
        Compilation compilation = TestCompiler.compile(directory, Map.of(
                "pkg/User.java", """
                        package pkg;

                        public class User extends UserRecord {
                            public Long id;
                        }
                        """,
                "pkg/UserFields.java", """
                        package pkg;

                        public class UserFields {
                        }
                        """));

        assertThat(compilation.generatedFiles()).containsExactly("pkg/UserFieldAccess.java", "pkg/UserRecord.java");
        assertThat(compilation.errorsWithPlace()).contains("User.java:3: Cannot generate pkg.UserFields for model"
                + " pkg.User: a type of that name already exists (Attempt to recreate a file for type"
                + " pkg.UserFields); rename or remove it");
    }

    @Test
    void relationToMissingType_reportsErrorOnFieldBesideJavacs() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/User.java", """
                package pkg;

                import org.activerecord4j.relation.HasMany;

                public class User extends UserRecord {
                    public static final HasMany<Pots> posts = hasMany();

                    public Long id;
                }
                """));

        assertThat(compilation.generatedFiles()).isEmpty();
        assertThat(compilation.errorsWithPlace()).contains("User.java:6: Cannot generate pkg.UserRecord: the target"
                + " Pots of relation 'posts' of model pkg.User does not exist; correct the type or import it");
        assertThat(compilation.errors()).anySatisfy(error -> assertThat(error)
                .startsWith("cannot find symbol").contains("symbol:   class Pots"));
    }

    @Test
    void relationToPrivateModel_reportsOnlyThatModelsError() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/User.java", """
                package pkg;

                import org.activerecord4j.ActiveRecord;
                import org.activerecord4j.relation.HasOne;

                public class User extends UserRecord {
                    public static final HasOne<Secret> secret = hasOne();

                    public Long id;

                    private static class Secret extends ActiveRecord<Secret> {
                        public Long id;
                    }
                }
                """));

        assertThat(compilation.generatedFiles())
                .containsExactly("pkg/UserFieldAccess.java", "pkg/UserFields.java", "pkg/UserRecord.java");
        assertThat(compilation.generatedSource("pkg/UserRecord.java")).doesNotContain("secret()");
        assertThat(compilation.errorsWithPlace()).containsExactly("User.java:11: Model pkg.User.Secret cannot be used"
                + " by the generated pkg.User_SecretFields because pkg.User.Secret is private;"
                + " make it package-private or public");
    }
}
