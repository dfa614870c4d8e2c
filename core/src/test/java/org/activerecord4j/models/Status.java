package org.activerecord4j.models;

/** An enum stored by name. */
public enum Status {
    ACTIVE, SUSPENDED, ARCHIVED
}
