package org.activerecord4j.models;

import org.activerecord4j.relation.HasMany;

/** A writer of drafts, who also edits drafts: two relations to one target. */
public class Writer extends WriterRecord {
    public Long id;
    public String name;

    public static final HasMany<Draft> drafts = hasMany(foreignKey("author_id"), inverseOf("author"));
    public static final HasMany<Draft> edits = hasMany(foreignKey("editor_id"), inverseOf("editor"));
}
