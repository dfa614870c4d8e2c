package org.activerecord4j.models;

import org.activerecord4j.Column;

/** A model with a unique text column of no declared length, which MariaDB/MySQL can index only as a VARCHAR. */
public class Member extends MemberRecord {
    public Long id;
    @Column(unique = true)
    public String email;
}
