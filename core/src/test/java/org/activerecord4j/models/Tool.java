package org.activerecord4j.models;

import org.activerecord4j.ActiveRecord;
import org.activerecord4j.relation.BelongsTo;

/** The child of {@link Drawer}: extends {@link ActiveRecord} directly, so keeps its snapshot in an array. */
public class Tool extends ActiveRecord<Tool> {
    public Long id;
    public Long drawerId;
    public String name;

    public static final BelongsTo<Drawer> drawer = belongsTo(inverseOf("tools"));

    public Drawer drawer() {
        return drawer.of(this);
    }
}
