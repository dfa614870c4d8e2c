package org.activerecord4j.invalid;

/** The join model of {@link Pal}, with one key column. */
public class PalLink extends PalLinkRecord {
    public Long id;
    public Long palId;
    public Long otherId;
}
