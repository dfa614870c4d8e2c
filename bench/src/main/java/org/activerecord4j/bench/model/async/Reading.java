package org.activerecord4j.bench.model.async;

import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.Table;

/**
 * A sensor reading, one row of the million-row table S7 streams: the async twin of
 * {@link org.activerecord4j.bench.model.Reading}. Not thread-safe, like every record.
 */
@Table("readings")
public class Reading extends AsyncActiveRecord<Reading> {
    public Long id;
    public int sensor;
    public double celsius;
    public String note;

    /** For loading. */
    public Reading() {
    }

    /**
     * Starts a query over every reading.
     *
     * @return the query
     */
    public static AsyncQuery<Reading> query() {
        return query(Reading.class);
    }
}
