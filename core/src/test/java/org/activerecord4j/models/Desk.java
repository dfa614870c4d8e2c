package org.activerecord4j.models;

import java.util.List;
import org.activerecord4j.relation.Dependent;
import org.activerecord4j.relation.HasMany;
import org.activerecord4j.relation.HasOne;

/**
 * An owner of one child under each way of replacing it: its lamp is let go (key set to null), its chair deleted,
 * its mat (whose key may not be null) cannot be let go; its trays are destroyed when removed.
 */
public class Desk extends DeskRecord {
    public Long id;
    public String label;

    public static final HasOne<Lamp> lamp = hasOne(inverseOf("desk"));
    public static final HasOne<Chair> chair = hasOne(inverseOf("desk"), dependent(Dependent.DELETE));
    public static final HasOne<Mat> mat = hasOne(inverseOf("desk"));
    public static final HasMany<Tray> trays = hasMany(inverseOf("desk"), dependent(Dependent.DESTROY));

    /** @return the lamp, or null */
    public Lamp lamp() {
        return lamp.of(this);
    }

    /** @return the chair, or null */
    public Chair chair() {
        return chair.of(this);
    }

    /** @return the mat, or null */
    public Mat mat() {
        return mat.of(this);
    }

    /** @return the trays */
    public List<Tray> trays() {
        return trays.of(this);
    }
}
