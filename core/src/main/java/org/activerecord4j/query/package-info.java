/**
 * Typed query building blocks: the field proxies generated for each model ({@link
 * org.activerecord4j.query.Property} and its subtypes), the {@link org.activerecord4j.query.Condition}s
 * they produce and the {@link org.activerecord4j.query.Order}s used to sort.
 *
 * <pre>{@code
 * User.query().where(User.c.name.startsWith("A").and(User.c.age.ge(18))).orderBy(User.c.name.asc()).all();
 * }</pre>
 */
package org.activerecord4j.query;
