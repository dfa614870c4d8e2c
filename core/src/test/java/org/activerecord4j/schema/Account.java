package org.activerecord4j.schema;

import org.activerecord4j.Column;

/** A model whose columns carry every limit createTables declares. */
public class Account extends AccountRecord {
    public Long id;
    @Column(length = 120, nullable = false, unique = true)
    public String login;
    @Column(unique = true)
    public String email;
    public int visits;
    public String bio;
}
