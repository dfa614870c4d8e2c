package org.activerecord4j.models.async;

import org.activerecord4j.Id;

/** A model whose key is an assigned string. */
public class Tag extends TagAsyncRecord {
    @Id
    public String code;
    public String label;
}
