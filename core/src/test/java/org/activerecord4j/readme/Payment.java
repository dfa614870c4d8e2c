package org.activerecord4j.readme;

import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.relation.AsyncBelongsTo;

/** A payment towards a purchase, for the README's async example. */
public class Payment extends AsyncActiveRecord<Payment> {
    public Long id;
    public Long purchaseId;
    public Integer cents;

    public static final AsyncBelongsTo<Purchase> purchase = belongsTo(inverseOf("payments"));
}
