package org.activerecord4j.relation;

/**
 * What deleting an owner does to the rows that depend on it, for {@link HasOne}, {@link HasMany} and
 * the join rows of {@link HasManyThrough}. It runs inside the owner's {@code delete()} transaction.
 * On a {@link HasManyThrough} it acts on the join rows only, never on the targets, as in Rails: DESTROY
 * deletes each join row through its {@code delete()} (so the join model's own dependents run), DELETE and
 * NULLIFY delete them with one statement (a join row without its owner's key would join nothing).
 *
 * <p>It also says what {@link HasOne#set} does to the target it replaces and {@link HasMany#remove} to the child it
 * takes: DESTROY deletes it through its {@code delete()}, DELETE deletes its row alone, and otherwise (NULLIFY,
 * RESTRICT or none) its foreign key is set to null, as Rails' has_one writer and {@code collection.delete} do.
 */
public enum Dependent {
    /**
     * Loads each child and calls its {@code delete()}, so the child's own dependents run too; a child the owner holds
     * already (read through the relation, or eagerly loaded) is deleted through that instance, which then says so.
     */
    DESTROY,
    /** Deletes the children with one {@code DELETE} statement, without loading them. */
    DELETE,
    /** Sets the children's foreign key to null with one {@code UPDATE}. */
    NULLIFY,
    /** Refuses to delete the owner while children exist, naming how many. */
    RESTRICT
}
