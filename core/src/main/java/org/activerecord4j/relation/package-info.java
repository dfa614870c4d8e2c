/**
 * Relationships between models: {@link org.activerecord4j.relation.BelongsTo},
 * {@link org.activerecord4j.relation.HasOne}, {@link org.activerecord4j.relation.HasMany} and
 * {@link org.activerecord4j.relation.HasManyThrough}, declared as static fields of a model with the
 * factory methods of {@link org.activerecord4j.ActiveRecord}.
 *
 * <pre>{@code
 * public class Comment extends CommentRecord {
 *     public Long id;
 *     public Long userId;
 *     public static final BelongsTo<User> author = belongsTo(foreignKey("user_id"), inverseOf("comments"));
 *     public User author() { return author.of(this); }
 * }
 * }</pre>
 */
package org.activerecord4j.relation;
