package org.activerecord4j.models.async;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.activerecord4j.models.Status;
import org.activerecord4j.Column;

/** One column of every supported type, for round trips. */
public class AllTypes extends AllTypesAsyncRecord {
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
}
