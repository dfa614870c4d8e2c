package org.activerecord4j.invalid;

import org.activerecord4j.models.Post;
import org.activerecord4j.relation.BelongsTo;

/** A BelongsTo whose inverse is another BelongsTo. */
public class InverseOfWrongKind extends InverseOfWrongKindRecord {
    public Long id;
    public Long postId;
    public static final BelongsTo<Post> post = belongsTo(inverseOf("author"));
}
