package org.activerecord4j.models;

import org.activerecord4j.Id;

/** A model whose key is an assigned string. */
public class Tag extends TagRecord {
    @Id
    public String code;
    public String label;
}
