package org.activerecord4j.internal.runtime;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.activerecord4j.Model;
import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.RelationNotFoundException;
import org.activerecord4j.internal.async.Async;
import org.activerecord4j.internal.load.RelationReads;
import org.activerecord4j.internal.state.RelationCache;
import org.activerecord4j.internal.model.BoundRelation;
import org.activerecord4j.internal.model.ModelRelations;
import org.activerecord4j.internal.write.HasOneWrites;
import org.activerecord4j.internal.write.RelationWrites;
import org.activerecord4j.relation.Relation;

/** The runtime's side of the public relation types: reading, querying and writing through a relation. */
public final class Relations {

    private Relations() {
    }

    /**
     * Reads a to-one relation of {@code record}, lazily and cached.
     *
     * @param relation the declared relation
     * @param record the owner
     * @param <T> the target
     * @return the target or null
     */
    public static <T> T one(Relation<?> relation, Model<?> record) {
        return RelationReads.one(bind(relation, record), record);
    }

    /**
     * Reads a to-many relation of {@code record}, lazily and cached.
     *
     * @param relation the declared relation
     * @param record the owner
     * @param <T> the target
     * @return the unmodifiable list
     */
    public static <T> List<T> many(Relation<?> relation, Model<?> record) {
        return RelationReads.many(bind(relation, record), record);
    }

    /**
     * Returns the spec of the rows {@code relation} reads for {@code record}, in its order.
     *
     * @param relation the declared relation
     * @param record the owner
     * @param <T> the target
     * @return the spec
     */
    @SuppressWarnings("unchecked")
    public static <T> QuerySpec<T> rows(Relation<?> relation, Model<?> record) {
        BoundRelation bound = bind(relation, record);
        return (QuerySpec<T>) QuerySpec.of(bound.target(), RelationReads.rowsOf(bound, bound.ownerKey(record)));
    }

    /**
     * Assigns a parent through a BelongsTo.
     *
     * @param relation the declared BelongsTo
     * @param record the child
     * @param parent the parent, or null
     */
    public static void assign(Relation<?> relation, Model<?> record, Model<?> parent) {
        RelationWrites.assign(bind(relation, record), record, parent);
    }

    /**
     * Adds a child (HasMany) or joins a target (HasManyThrough).
     *
     * @param relation the declared relation
     * @param record the owner
     * @param child the child or target
     * @param joinRow fills a new join row's own columns, or null
     */
    public static void add(Relation<?> relation, Model<?> record, Model<?> child, Consumer<?> joinRow) {
        RelationWrites.add(bind(relation, record), record, child, joinRow);
    }

    /**
     * Removes a child (HasMany) or the join row of a target (HasManyThrough).
     *
     * @param relation the declared relation
     * @param record the owner
     * @param child the child or target
     */
    public static void remove(Relation<?> relation, Model<?> record, Model<?> child) {
        RelationWrites.remove(bind(relation, record), record, child);
    }

    /**
     * Replaces the target of a HasOne.
     *
     * @param relation the declared HasOne
     * @param record the owner
     * @param child the new target, or null
     */
    public static void setOne(Relation<?> relation, Model<?> record, Model<?> child) {
        HasOneWrites.set(bind(relation, record), record, child);
    }

    /**
     * Reads a to-one relation as an async call: at once from memory when the value is cached or the key is
     * null, failed at once when strict loading forbids the lazy read, else on the target database's async executor.
     *
     * @param relation the declared relation
     * @param record the owner
     * @param <T> the target
     * @return completes with the target or null
     */
    public static <T> CompletableFuture<T> oneAsync(Relation<?> relation, Model<?> record) {
        return Async.guarded(() -> {
            BoundRelation bound = bind(relation, record);
            // Taken from memory in one step: a value kept for one read is not there for a second look.
            Object answer = RelationReads.oneFromMemory(bound, record);
            if (answer != RelationCache.MISSING) {
                @SuppressWarnings("unchecked")
                T value = (T) answer;
                return Async.completed(value);
            }
            RelationReads.checkLazyLoad(bound, record);
            return Async.call(bound.target().type(), () -> RelationReads.one(bound, record));
        });
    }

    /**
     * Reads a to-many relation as an async call; see {@link #oneAsync}.
     *
     * @param relation the declared relation
     * @param record the owner
     * @param <T> the target
     * @return completes with the unmodifiable list
     */
    public static <T> CompletableFuture<List<T>> manyAsync(Relation<?> relation, Model<?> record) {
        return Async.guarded(() -> {
            BoundRelation bound = bind(relation, record);
            // Taken from memory in one step: a value kept for one read is not there for a second look.
            Object answer = RelationReads.manyFromMemory(bound, record);
            if (answer != RelationCache.MISSING) {
                @SuppressWarnings("unchecked")
                List<T> value = (List<T>) answer;
                return Async.completed(value);
            }
            RelationReads.checkLazyLoad(bound, record);
            return Async.call(bound.target().type(), () -> RelationReads.many(bound, record));
        });
    }

    /**
     * {@link #add} as an async call on the owner's database.
     *
     * @param relation the declared relation
     * @param record the owner
     * @param child the child or target
     * @param joinRow fills a new join row's own columns, or null
     * @return completes when written
     */
    public static CompletableFuture<Void> addAsync(Relation<?> relation, Model<?> record, Model<?> child, Consumer<?> joinRow) {
        return Async.guarded(() -> Async.call(bind(relation, record).owner().type(), () -> {
            add(relation, record, child, joinRow);
            return null;
        }));
    }

    /**
     * {@link #remove} as an async call on the owner's database.
     *
     * @param relation the declared relation
     * @param record the owner
     * @param child the child or target
     * @return completes when written
     */
    public static CompletableFuture<Void> removeAsync(Relation<?> relation, Model<?> record, Model<?> child) {
        return Async.guarded(() -> Async.call(bind(relation, record).owner().type(), () -> {
            remove(relation, record, child);
            return null;
        }));
    }

    /**
     * {@link #setOne} as an async call on the owner's database.
     *
     * @param relation the declared HasOne
     * @param record the owner
     * @param child the new target, or null
     * @return completes when written
     */
    public static CompletableFuture<Void> setOneAsync(Relation<?> relation, Model<?> record, Model<?> child) {
        return Async.guarded(() -> Async.call(bind(relation, record).owner().type(), () -> {
            setOne(relation, record, child);
            return null;
        }));
    }

    /** Every relation read and write starts here, so the relation's kind is named only in a failure. */
    private static BoundRelation bind(Relation<?> relation, Model<?> record) {
        if (record == null) {
            throw new InvalidArgumentException("A " + kindOf(relation) + " relation needs an owner record, not null");
        }
        ModelRelations relations = ModelRelations.of(record.getClass());
        BoundRelation bound = relations.boundOrNull(relation);
        if (bound == null) {
            throw new RelationNotFoundException("This " + kindOf(relation) + " relation is not declared on "
                    + record.getClass().getSimpleName() + "; its relations: " + relations.names());
        }
        return bound;
    }

    /**
     * Names the relation's kind as the sync type does ({@code HasMany} for an {@code AsyncHasMany} too): an async call
     * fails with the message of its sync twin (issue 15).
     */
    private static String kindOf(Relation<?> relation) {
        String type = relation.getClass().getSimpleName();
        return type.startsWith("Async") ? type.substring("Async".length()) : type;
    }
}
