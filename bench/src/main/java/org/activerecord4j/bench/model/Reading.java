package org.activerecord4j.bench.model;

import org.activerecord4j.Table;

/** A sensor reading: one row of the million-row table streamed by S7. Not thread-safe, like every record. */
@Table("readings")
public class Reading extends ReadingRecord {
    public Long id;
    public int sensor;
    public double celsius;
    public String note;

    /** For loading. */
    public Reading() {
    }
}
