package org.activerecord4j.readme;

import org.activerecord4j.relation.BelongsTo;

/** A review of an article. */
public class Review extends ReviewRecord {
    public Long id;
    public Long articleId;
    public Integer stars;

    public static final BelongsTo<Article> article = belongsTo(inverseOf("reviews"));
}
