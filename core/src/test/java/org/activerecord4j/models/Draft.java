package org.activerecord4j.models;

import org.activerecord4j.relation.BelongsTo;

/** A draft with an author and an editor, both writers. */
public class Draft extends DraftRecord {
    public Long id;
    public String title;
    public Long authorId;
    public Long editorId;

    public static final BelongsTo<Writer> author = belongsTo(target("Writer"), foreignKey("author_id"), inverseOf("drafts"));
    public static final BelongsTo<Writer> editor = belongsTo(target("Writer"), foreignKey("editor_id"), inverseOf("edits"));
}
