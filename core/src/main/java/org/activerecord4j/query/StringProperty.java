package org.activerecord4j.query;

import java.util.Objects;

/**
 * A typed text column, adding pattern matching to {@link ComparableProperty}. {@link #startsWith},
 * {@link #endsWith} and {@link #contains} match their argument literally ({@code %} and {@code _}
 * in it are not wildcards); {@link #like} takes a pattern.
 *
 * <pre>{@code
 * User.query().where(User.c.email.endsWith("@example.com")).all();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <M> the model the column belongs to
 */
public class StringProperty<M> extends ComparableProperty<M, String> {

    /**
     * Creates a property for the field {@code name} of {@code model}.
     *
     * @param model the model class
     * @param name the Java field name
     */
    public StringProperty(Class<M> model, String name) {
        super(model, name);
    }

    /**
     * {@code column LIKE pattern}, where {@code %} matches any run of characters and {@code _} any
     * one character; {@code !} escapes them ({@code "100!%"} matches "100%") and itself ({@code "!!"}).
     *
     * @param pattern the LIKE pattern
     * @return the condition
     * @throws org.activerecord4j.InvalidArgumentException when the pattern ends with a {@code !} that escapes nothing
     */
    public final Condition like(String pattern) {
        return new Like(this, Objects.requireNonNull(pattern, "pattern"));
    }

    /**
     * The column starts with {@code prefix}, taken literally.
     *
     * @param prefix the prefix
     * @return the condition
     */
    public final Condition startsWith(String prefix) {
        return like(Like.literal(Objects.requireNonNull(prefix, "prefix")) + "%");
    }

    /**
     * The column ends with {@code suffix}, taken literally.
     *
     * @param suffix the suffix
     * @return the condition
     */
    public final Condition endsWith(String suffix) {
        return like("%" + Like.literal(Objects.requireNonNull(suffix, "suffix")));
    }

    /**
     * The column contains {@code text}, taken literally.
     *
     * @param text the text to find
     * @return the condition
     */
    public final Condition contains(String text) {
        return like("%" + Like.literal(Objects.requireNonNull(text, "text")) + "%");
    }
}
