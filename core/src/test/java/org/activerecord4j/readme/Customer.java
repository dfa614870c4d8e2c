package org.activerecord4j.readme;

// tag::asyncModel[]
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Table;
import org.activerecord4j.relation.AsyncHasMany;

@Table("customers")
public class Customer extends AsyncActiveRecord<Customer> {
    public Long id;
    public String name;

    public static final AsyncHasMany<Purchase> purchases = hasMany(inverseOf("customer"));

    public CompletableFuture<List<Purchase>> purchases() {   // queries on the first call, then from the cache
        return purchases.of(this);
    }
}
// end::asyncModel[]
