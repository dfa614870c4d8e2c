package org.activerecord4j.models;

import org.activerecord4j.Column;

/** A model with an enum column of a declared length that some of the enum's names exceed. */
public class Ticket extends TicketRecord {
    public Long id;
    @Column(length = 6)
    public Status status;
}
