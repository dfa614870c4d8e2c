package org.activerecord4j.models;

import org.activerecord4j.relation.BelongsTo;

/** A child of {@link Meter}, whose parent's key is a primitive. */
public class MeterReading extends MeterReadingRecord {
    public Long id;
    public Long meterId;
    public int value;

    public static final BelongsTo<Meter> meter = belongsTo(inverseOf("readings"));

    public MeterReading() {
    }

    /**
     * Creates an unsaved reading.
     *
     * @param value the value read
     */
    public MeterReading(int value) {
        this.value = value;
    }
}
