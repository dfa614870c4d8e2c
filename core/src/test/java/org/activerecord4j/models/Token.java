package org.activerecord4j.models;

import java.util.UUID;

/** A model whose key is a UUID generated on insert. */
public class Token extends TokenRecord {
    public UUID id;
    public String purpose;
}
