package org.activerecord4j.invalid;

import org.activerecord4j.models.Post;
import org.activerecord4j.relation.HasMany;

/** The seed's anti-pattern: a HasMany whose key is on the owner, not on the target. */
public class ForeignKeyOnWrongSide extends ForeignKeyOnWrongSideRecord {
    public Long id;
    public Long postId;
    public static final HasMany<Post> posts = hasMany(foreignKey("post_id"));
}
