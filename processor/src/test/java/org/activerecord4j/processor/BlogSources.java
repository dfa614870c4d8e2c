package org.activerecord4j.processor;

import java.util.HashMap;
import java.util.Map;

/**
 * A blog for relation tests: {@code pkg.Post} declares one relation of each kind ({@code author},
 * {@code summary}, {@code comments}, {@code tags}), whose targets are models of the same kind as
 * {@code Post}, one of them ({@code catalog.Tag}) in another package.
 */
final class BlogSources {

    private BlogSources() {
    }

    /**
     * Writes the blog's sources.
     *
     * @param async whether the models extend their async bases and declare async relations
     * @return a new, modifiable map of source text by path
     */
    static Map<String, String> of(boolean async) {
        String base = async ? "AsyncRecord" : "Record";
        String relation = async ? "Async" : "";
        Map<String, String> sources = new HashMap<>();
        sources.put("pkg/Post.java", """
                package pkg;

                import catalog.Tag;
                import org.activerecord4j.relation.%2$sBelongsTo;
                import org.activerecord4j.relation.%2$sHasMany;
                import org.activerecord4j.relation.%2$sHasManyThrough;
                import org.activerecord4j.relation.%2$sHasOne;

                public class Post extends Post%1$s {
                    public static final %2$sBelongsTo<User> author = belongsTo(inverseOf("posts"));
                    public static final %2$sHasOne<Summary> summary = hasOne(inverseOf("post"));
                    public static final %2$sHasMany<Comment> comments = hasMany(inverseOf("post"));
                    public static final %2$sHasManyThrough<Tag> tags = hasManyThrough();

                    public Long id;
                    public String title;
                }
                """.formatted(base, relation));
        for (String target : new String[] {"pkg.User", "pkg.Summary", "pkg.Comment", "catalog.Tag"}) {
            int dot = target.indexOf('.');
            String packageName = target.substring(0, dot);
            String simpleName = target.substring(dot + 1);
            sources.put(packageName + "/" + simpleName + ".java", """
                    package %1$s;

                    public class %2$s extends %2$s%3$s {
                        public Long id;
                    }
                    """.formatted(packageName, simpleName, base));
        }
        return sources;
    }
}
