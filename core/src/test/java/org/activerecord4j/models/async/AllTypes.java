package org.activerecord4j.models.async;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.models.Status;
import org.activerecord4j.Column;

/** One column of every supported type, for round trips. */
public class AllTypes extends AsyncActiveRecord<AllTypes> {
    public Long id;
    public Long longValue;
    public Integer intValue;
    public Short shortValue;
    public String text;
    public Boolean flag;
    public Double doubleValue;
    public Float floatValue;
    @Column(precision = 30, scale = 4)
    public BigDecimal amount;
    public LocalDate day;
    public LocalDateTime localMoment;
    public Instant instant;
    public OffsetDateTime offsetMoment;
    public UUID uuid;
    public byte[] bytes;
    public Status status;
    public long primitiveLong;
    public int primitiveInt;
    public boolean primitiveFlag;
    public double primitiveDouble;
    @Column("renamed_column")
    public String renamed;
    /** Not a column: transient fields are skipped. */
    public transient String scratch;

    /** @return a query over every row */
    public static AsyncQuery<AllTypes> query() {
        return query(AllTypes.class);
    }

    /**
     * @param id the key
     * @return completes with the record or null
     */
    public static CompletableFuture<AllTypes> findOne(Object id) {
        return findOne(AllTypes.class, id);
    }

    /**
     * @param id the key
     * @return completes with the record; fails when there is none
     */
    public static CompletableFuture<AllTypes> findOneOrThrow(Object id) {
        return findOneOrThrow(AllTypes.class, id);
    }
}
