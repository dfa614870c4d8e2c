package org.activerecord4j.readme;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.relation.AsyncBelongsTo;
import org.activerecord4j.relation.AsyncHasMany;

/** The README's async example: a customer's purchase, paid in one or more payments. */
public class Purchase extends AsyncActiveRecord<Purchase> {
    public Long id;
    public Long customerId;
    public String item;

    public static final AsyncBelongsTo<Customer> customer = belongsTo(inverseOf("purchases"));
    public static final AsyncHasMany<Payment> payments = hasMany(inverseOf("purchase"));

    /** @return completes with the customer */
    public CompletableFuture<Customer> customer() {
        return customer.of(this);
    }

    /** @return completes with the payments, by id */
    public CompletableFuture<List<Payment>> payments() {
        return payments.of(this);
    }
}
