package org.activerecord4j.models.async;

import java.util.UUID;

/** A model whose key is a UUID generated on insert. */
public class Token extends TokenAsyncRecord {
    public UUID id;
    public String purpose;
}
