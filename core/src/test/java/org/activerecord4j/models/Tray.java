package org.activerecord4j.models;

import java.util.List;
import org.activerecord4j.relation.BelongsTo;
import org.activerecord4j.relation.Dependent;
import org.activerecord4j.relation.HasMany;

/** A tray of a desk, destroyed when removed from it, which deletes its clips. */
public class Tray extends TrayRecord {
    public Long id;
    public Long deskId;
    public String label;

    public static final BelongsTo<Desk> desk = belongsTo(inverseOf("trays"));
    public static final HasMany<Clip> clips = hasMany(inverseOf("tray"), dependent(Dependent.DELETE));

    /** @return the desk, or null */
    public Desk desk() {
        return desk.of(this);
    }

    /** @return the clips */
    public List<Clip> clips() {
        return clips.of(this);
    }
}
