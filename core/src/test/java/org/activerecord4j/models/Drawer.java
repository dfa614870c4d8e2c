package org.activerecord4j.models;

import java.util.List;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.relation.HasMany;

/** A model that extends {@link ActiveRecord} directly, so keeps its snapshot in an array, with a relation. */
public class Drawer extends ActiveRecord<Drawer> {
    public Long id;
    public String label;

    public static final HasMany<Tool> tools = hasMany(inverseOf("drawer"));

    public List<Tool> tools() {
        return tools.of(this);
    }
}
