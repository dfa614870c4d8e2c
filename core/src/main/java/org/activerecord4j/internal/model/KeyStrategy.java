package org.activerecord4j.internal.model;

/** Who assigns a new record's primary key. */
public enum KeyStrategy {
    /** The database (auto-increment / identity), for integer keys. */
    DATABASE,
    /** activerecord4j, with a random UUID, when the key is still null at insert. */
    RANDOM_UUID,
    /** The application, before {@code save()}. */
    ASSIGNED
}
