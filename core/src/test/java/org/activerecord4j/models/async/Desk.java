package org.activerecord4j.models.async;

import org.activerecord4j.relation.AsyncHasOne;

/** A desk with a lamp that is let go (key set to null) when replaced, and a mat whose key may not be null. */
public class Desk extends DeskAsyncRecord {
    public Long id;
    public String label;

    public static final AsyncHasOne<Lamp> lamp = hasOne(inverseOf("desk"));
    public static final AsyncHasOne<Mat> mat = hasOne(inverseOf("desk"));
}
