package org.activerecord4j.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accessor methods a generated base gets for the relations its model declares. */
class RelationAccessorTest {

    @TempDir
    Path directory;

    @Test
    void syncBase_getsOneAccessorPerRelationKind_withItsReturnType() {
        Compilation compilation = TestCompiler.compile(directory, BlogSources.of(false));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        assertThat(compilation.declaredInstanceMethods("pkg.PostRecord")).isEqualTo(Map.of(
                "author()", "pkg.User",
                "author(pkg.User)", "void",
                "summary()", "pkg.Summary",
                "comments()", "java.util.List<pkg.Comment>",
                "tags()", "java.util.List<catalog.Tag>"));
    }

    @Test
    void asyncBase_getsOneAccessorPerRelationKind_returningFutures() {
        Compilation compilation = TestCompiler.compile(directory, BlogSources.of(true));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        assertThat(compilation.declaredInstanceMethods("pkg.PostAsyncRecord")).isEqualTo(Map.of(
                "author()", "java.util.concurrent.CompletableFuture<pkg.User>",
                "author(pkg.User)", "void",
                "summary()", "java.util.concurrent.CompletableFuture<pkg.Summary>",
                "comments()", "java.util.concurrent.CompletableFuture<java.util.List<pkg.Comment>>",
                "tags()", "java.util.concurrent.CompletableFuture<java.util.List<catalog.Tag>>"));
    }

    @Test
    void syncAccessors_compileInCallers() {
        Map<String, String> sources = BlogSources.of(false);
        sources.put("app/Usage.java", """
                package app;

                import catalog.Tag;
                import java.util.List;
                import pkg.Comment;
                import pkg.Post;
                import pkg.Summary;
                import pkg.User;

                final class Usage {
                    static void read(Post post, User user) {
                        post.author(user);
                        User author = post.author();
                        Summary summary = post.summary();
                        List<Comment> comments = post.comments();
                        List<Tag> tags = post.tags();
                    }
                }
                """);

        Compilation compilation = TestCompiler.compile(directory, sources);

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
    }

    @Test
    void asyncAccessors_compileInCallers() {
        Map<String, String> sources = BlogSources.of(true);
        sources.put("app/Usage.java", """
                package app;

                import catalog.Tag;
                import java.util.List;
                import java.util.concurrent.CompletableFuture;
                import pkg.Comment;
                import pkg.Post;
                import pkg.Summary;
                import pkg.User;

                final class Usage {
                    static void read(Post post, User user) {
                        post.author(user);
                        CompletableFuture<User> author = post.author();
                        CompletableFuture<Summary> summary = post.summary();
                        CompletableFuture<List<Comment>> comments = post.comments();
                        CompletableFuture<List<Tag>> tags = post.tags();
                    }
                }
                """);

        Compilation compilation = TestCompiler.compile(directory, sources);

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
    }

    @Test
    void handWrittenGetter_wins_setterIsStillGenerated() {
        Map<String, String> sources = BlogSources.of(false);
        sources.put("pkg/Comment.java", """
                package pkg;

                import java.util.Optional;
                import org.activerecord4j.relation.BelongsTo;

                public class Comment extends CommentRecord {
                    public static final BelongsTo<User> author = belongsTo();

                    public Long id;

                    public Optional<User> author() {
                        return Optional.ofNullable(author.of(this));
                    }
                }
                """);

        Compilation compilation = TestCompiler.compile(directory, sources);

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.declaredInstanceMethods("pkg.CommentRecord"))
                .isEqualTo(Map.of("author(pkg.User)", "void"));
    }

    @Test
    void handWrittenSetter_wins_getterIsStillGenerated() {
        Map<String, String> sources = BlogSources.of(true);
        sources.put("pkg/Comment.java", """
                package pkg;

                import org.activerecord4j.relation.AsyncBelongsTo;

                public class Comment extends CommentAsyncRecord {
                    public static final AsyncBelongsTo<User> author = belongsTo();

                    public Long id;

                    public Comment author(User user) {
                        author.set(this, user);
                        return this;
                    }
                }
                """);

        Compilation compilation = TestCompiler.compile(directory, sources);

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.declaredInstanceMethods("pkg.CommentAsyncRecord"))
                .isEqualTo(Map.of("author()", "java.util.concurrent.CompletableFuture<pkg.User>"));
    }

    @Test
    void syncRelationNamedLikeAnInheritedMethodOrEntryPoint_getsNoAccessor() {
        Map<String, String> sources = BlogSources.of(false);
        sources.put("pkg/User.java", """
                package pkg;

                import org.activerecord4j.relation.BelongsTo;
                import org.activerecord4j.relation.HasMany;
                import org.activerecord4j.relation.HasOne;

                public class User extends UserRecord {
                    public static final HasMany<Post> delete = hasMany();
                    public static final HasOne<Summary> changedColumns = hasOne();
                    public static final BelongsTo<Post> hashCode = belongsTo();
                    public static final HasMany<Comment> query = hasMany();
                    public static final HasMany<Post> posts = hasMany();

                    public Long id;
                }
                """);

        Compilation compilation = TestCompiler.compile(directory, sources);

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.declaredInstanceMethods("pkg.UserRecord"))
                .isEqualTo(Map.of("posts()", "java.util.List<pkg.Post>"));
    }

    @Test
    void asyncRelationNamedLikeAnInheritedMethod_getsNoAccessor() {
        Map<String, String> sources = BlogSources.of(true);
        sources.put("pkg/User.java", """
                package pkg;

                import org.activerecord4j.relation.AsyncBelongsTo;
                import org.activerecord4j.relation.AsyncHasMany;

                public class User extends UserAsyncRecord {
                    public static final AsyncHasMany<Post> save = hasMany();
                    public static final AsyncBelongsTo<Post> toString = belongsTo();
                    public static final AsyncHasMany<Post> findOne = hasMany();

                    public Long id;
                }
                """);

        Compilation compilation = TestCompiler.compile(directory, sources);

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.declaredInstanceMethods("pkg.UserAsyncRecord")).isEmpty();
    }

    @Test
    void relationOfTheOtherKind_getsNoAccessor() {
        Map<String, String> sources = new HashMap<>(BlogSources.of(true));
        sources.putAll(Map.of(
                "pkg/Ledger.java", """
                        package pkg;

                        import org.activerecord4j.relation.AsyncHasMany;

                        public class Ledger extends LedgerRecord {
                            public static final AsyncHasMany<Post> posts = new AsyncHasMany<>();

                            public Long id;
                        }
                        """,
                "pkg/Entry.java", """
                        package pkg;

                        import org.activerecord4j.relation.BelongsTo;

                        public class Entry extends EntryAsyncRecord {
                            public static final BelongsTo<Ledger> ledger = new BelongsTo<>();

                            public Long id;
                        }
                        """));

        Compilation compilation = TestCompiler.compile(directory, sources);

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.declaredInstanceMethods("pkg.LedgerRecord")).isEmpty();
        assertThat(compilation.declaredInstanceMethods("pkg.EntryAsyncRecord")).isEmpty();
    }

    @Test
    void relationWithoutClassTarget_orInPrivateField_getsNoAccessor() {
        Map<String, String> sources = BlogSources.of(false);
        sources.put("pkg/User.java", """
                package pkg;

                import org.activerecord4j.relation.HasMany;

                public class User extends UserRecord {
                    @SuppressWarnings("rawtypes")
                    public static final HasMany legacy = new HasMany<Post>();
                    public static final HasMany<? extends Post> drafts = hasMany();
                    private static final HasMany<Post> hidden = hasMany();

                    public Long id;
                }
                """);

        Compilation compilation = TestCompiler.compile(directory, sources);

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.declaredInstanceMethods("pkg.UserRecord")).isEmpty();
    }

    @Test
    void modelWithoutRelations_getsNoAccessors_andStaticFieldsOfOtherTypesAreIgnored() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/User.java", """
                package pkg;

                import java.util.List;

                public class User extends UserRecord {
                    public static final String TABLE = "users";
                    public static final List<User> NONE = List.of();

                    public Long id;
                }
                """));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        assertThat(compilation.declaredInstanceMethods("pkg.UserRecord")).isEmpty();
    }
}
