package org.activerecord4j.query;

import java.util.Objects;

/**
 * Base of the field proxies the annotation processor generates for each model ({@code UserFields},
 * reached as {@code User.c}). Each public field of a subclass is a {@link Property} for one column.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <M> the model
 */
public abstract class ModelFields<M> {

    private final Class<M> model;

    /**
     * Creates the proxy for {@code model}.
     *
     * @param model the model class
     */
    protected ModelFields(Class<M> model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * Returns the model class these fields belong to.
     *
     * @return the model class
     */
    public final Class<M> model() {
        return model;
    }
}
