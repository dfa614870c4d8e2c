package org.activerecord4j.models;

import java.util.List;
import org.activerecord4j.relation.BelongsTo;
import org.activerecord4j.relation.Dependent;
import org.activerecord4j.relation.HasMany;

/** A self-referential tree whose subfolders are destroyed with their parent. */
public class Folder extends FolderRecord {
    public Long id;
    public String name;
    public Long parentId;

    public static final BelongsTo<Folder> parent = belongsTo(foreignKey("parent_id"), inverseOf("children"));
    public static final HasMany<Folder> children = hasMany(foreignKey("parent_id"), inverseOf("parent"), dependent(Dependent.DESTROY));

    /** For loading. */
    public Folder() {
    }

    /**
     * Creates an unsaved folder.
     *
     * @param name the name
     * @param parent the parent, or null
     */
    public Folder(String name, Folder parent) {
        this.name = name;
        this.parentId = parent == null ? null : parent.id;
    }

    /** @return the subfolders */
    public List<Folder> children() {
        return children.of(this);
    }
}
