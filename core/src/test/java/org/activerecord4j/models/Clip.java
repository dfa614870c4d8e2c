package org.activerecord4j.models;

import org.activerecord4j.relation.BelongsTo;

/** A clip in a tray, deleted with it. */
public class Clip extends ClipRecord {
    public Long id;
    public Long trayId;
    public String label;

    public static final BelongsTo<Tray> tray = belongsTo(inverseOf("clips"));
}
