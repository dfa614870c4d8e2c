package org.activerecord4j.models.async;

import java.util.concurrent.CompletableFuture;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.relation.AsyncBelongsTo;

/** A user's profile (has one). */
public class Profile extends AsyncActiveRecord<Profile> {
    public Long id;
    public Long userId;
    public String bio;

    public static final AsyncBelongsTo<User> owner = belongsTo(foreignKey("user_id"), inverseOf("profile"));

    /** @return the owner */
    public CompletableFuture<User> owner() {
        return owner.of(this);
    }

    /** @return a query over every row */
    public static AsyncQuery<Profile> query() {
        return query(Profile.class);
    }

    /**
     * @param id the key
     * @return completes with the record or null
     */
    public static CompletableFuture<Profile> findOne(Object id) {
        return findOne(Profile.class, id);
    }

    /**
     * @param id the key
     * @return completes with the record; fails when there is none
     */
    public static CompletableFuture<Profile> findOneOrThrow(Object id) {
        return findOneOrThrow(Profile.class, id);
    }
}
