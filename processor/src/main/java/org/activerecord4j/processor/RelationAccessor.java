package org.activerecord4j.processor;

/**
 * The accessor methods a generated base gets for one relation: the getter {@code posts()}, and for
 * a belongs-to relation the setter {@code author(User value)}, each unless the model wrote its own.
 *
 * @param relation the relation
 * @param getter whether to generate the getter
 * @param setter whether to generate the setter
 */
record RelationAccessor(RelationField relation, boolean getter, boolean setter) {
}
