package org.activerecord4j.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model recompiled on its own, with the class files of an earlier compilation on the class path,
 * as IDEs (IntelliJ, Eclipse) and incremental builds do after an edit: its generated base then
 * exists as a class file, and the recompilation must still give what a clean build gives.
 */
class IncrementalCompilationTest {

    private static final String POST = """
            package pkg;

            import org.activerecord4j.relation.BelongsTo;

            public class Post extends PostRecord {
                public static final BelongsTo<User> author = belongsTo(inverseOf("posts"));

                public Long id;
                public String title;
            }
            """;

    private static final String USER = """
            package pkg;

            public class User extends UserRecord {
                public Long id;
                public String name;
            }
            """;

    private static final String EDITED_USER = """
            package pkg;

            import org.activerecord4j.relation.HasMany;

            public class User extends UserRecord {
                public static final HasMany<Post> posts = hasMany(inverseOf("author"));

                public Long id;
                public String name;
                public String email;

                int postCount() {
                    return posts().size();
                }
            }
            """;

    private static final String ASYNC_USER = """
            package pkg;

            public class User extends UserAsyncRecord {
                public Long id;
            }
            """;

    private static final String EDITED_ASYNC_USER = """
            package pkg;

            import java.util.List;
            import java.util.concurrent.CompletableFuture;
            import org.activerecord4j.relation.AsyncHasMany;

            public class User extends UserAsyncRecord {
                public static final AsyncHasMany<Post> posts = hasMany(inverseOf("author"));

                public Long id;

                CompletableFuture<List<Post>> allPosts() {
                    return posts();
                }
            }
            """;

    private static final String ASYNC_POST = """
            package pkg;

            import org.activerecord4j.relation.AsyncBelongsTo;

            public class Post extends PostAsyncRecord {
                public static final AsyncBelongsTo<User> author = belongsTo(inverseOf("posts"));

                public Long id;
            }
            """;

    @TempDir
    Path directory;

    @TempDir
    Path cleanDirectory;

    @Test
    void editedModelRecompiledAlone_regeneratesItsBase_likeACleanBuild() {
        Compilation first = TestCompiler.compile(directory, Map.of("pkg/User.java", USER, "pkg/Post.java", POST));
        assertThat(first.errors()).isEmpty();

        Compilation second = TestCompiler.recompile(directory, Map.of("pkg/User.java", EDITED_USER));

        assertThat(second.errors()).isEmpty();
        assertThat(second.warnings()).isEmpty();
        assertThat(second.succeeded()).isTrue();
        assertThat(second.declaredInstanceMethods("pkg.UserRecord")).containsEntry("posts()", "java.util.List<pkg.Post>");
        Compilation clean = TestCompiler.compile(cleanDirectory,
                Map.of("pkg/User.java", EDITED_USER, "pkg/Post.java", POST));
        for (String file : List.of("pkg/UserRecord.java", "pkg/UserFields.java", "pkg/UserFieldAccess.java")) {
            assertThat(second.generatedSource(file)).as(file).isEqualTo(clean.generatedSource(file));
        }
    }

    @Test
    void editedAsyncModelRecompiledAlone_regeneratesItsAsyncBase() {
        Compilation first = TestCompiler.compile(directory,
                Map.of("pkg/User.java", ASYNC_USER, "pkg/Post.java", ASYNC_POST));
        assertThat(first.errors()).isEmpty();

        Compilation second = TestCompiler.recompile(directory, Map.of("pkg/User.java", EDITED_ASYNC_USER));

        assertThat(second.errors()).isEmpty();
        assertThat(second.succeeded()).isTrue();
        assertThat(second.declaredInstanceMethods("pkg.UserAsyncRecord")).containsEntry("posts()",
                "java.util.concurrent.CompletableFuture<java.util.List<pkg.Post>>");
    }

    @Test
    void unchangedModelRecompiledAlone_compilesAndKeepsItsBase() {
        Compilation first = TestCompiler.compile(directory, Map.of("pkg/User.java", USER, "pkg/Post.java", POST));
        assertThat(first.errors()).isEmpty();
        String base = first.generatedSource("pkg/UserRecord.java");

        Compilation second = TestCompiler.recompile(directory, Map.of("pkg/User.java", USER));

        assertThat(second.errors()).isEmpty();
        assertThat(second.warnings()).isEmpty();
        assertThat(second.generatedSource("pkg/UserRecord.java")).isEqualTo(base);
    }

    @Test
    void handWrittenSuperclassNamedLikeABase_staysTheUsersOwn_whenTheModelIsRecompiled() {
        // A class that merely shares the name of a generated base, without its field proxy, is the
        // user's own superclass: the model extends it directly and gets no generated base.
        Compilation first = TestCompiler.compile(directory, Map.of("pkg/UserRecord.java", """
                package pkg;

                import org.activerecord4j.ActiveRecord;

                public abstract class UserRecord extends ActiveRecord<User> {
                }
                """, "pkg/User.java", USER));
        assertThat(first.errors()).isEmpty();
        assertThat(first.generatedFiles()).containsExactly("pkg/UserFieldAccess.java", "pkg/UserFields.java");

        Compilation second = TestCompiler.recompile(directory, Map.of("pkg/User.java", USER));

        assertThat(second.errors()).isEmpty();
        assertThat(second.generatedFiles()).containsExactly("pkg/UserFieldAccess.java", "pkg/UserFields.java");
    }

    @Test
    void editedModelRecompiledWithTheEarlierGeneratedSourcesOnTheSourcePath_regeneratesItsBase() throws IOException {
        // Maven puts the generated-sources directory on javac's -sourcepath; a generated base newer than
        // its class file is then read from there.
        Compilation first = TestCompiler.compile(directory, Map.of("pkg/User.java", USER, "pkg/Post.java", POST));
        assertThat(first.errors()).isEmpty();
        Path base = first.generatedDirectory().resolve("pkg/UserRecord.java");
        Files.setLastModifiedTime(base, FileTime.fromMillis(System.currentTimeMillis() + 60_000));

        Compilation second = TestCompiler.recompile(directory, Map.of("pkg/User.java", EDITED_USER), List.of(
                "-implicit:class", "-sourcepath", first.generatedDirectory().toString()));

        assertThat(second.errors()).isEmpty();
        assertThat(second.warnings()).isEmpty();
        assertThat(second.declaredInstanceMethods("pkg.UserRecord")).containsEntry("posts()", "java.util.List<pkg.Post>");
    }
}
