package org.activerecord4j.cli.generate;

import org.activerecord4j.cli.source.GeneratorException;
import org.activerecord4j.cli.source.ModelBases;
import org.activerecord4j.cli.source.SourceModel;

/**
 * Refuses a relation between a sync and an async model, and a relation of the other kind than its models:
 * the runtime would refuse both on first use, so the generator does not write them.
 */
final class ModelKinds {

    private static final String ONE_KIND = "both models of a relation must be of one kind (the runtime refuses a relation "
            + "between a sync and an async model)";

    private ModelKinds() {
    }

    /**
     * Checks that {@code other} is of {@code source}'s kind.
     *
     * @param source the model declaring the relation
     * @param other its target, or its join model
     * @param role how the message names {@code other}, e.g. {@code "the join model "}, or empty
     * @return {@code other}
     * @throws GeneratorException naming both models and their kinds when they differ
     */
    static SourceModel requireSame(SourceModel source, SourceModel other, String role) {
        if (source.async() != other.async()) {
            throw new GeneratorException(source.describeKind() + " but " + role + other.describeKind() + ": " + ONE_KIND
                    + "; choose " + (source.async() ? "an async" : "a sync") + " model, or make both of one kind first");
        }
        return other;
    }

    /**
     * Checks that the kind asked for is {@code source}'s.
     *
     * @param source the model declaring the relation
     * @param async whether an async relation was asked
     * @return {@code async}
     * @throws GeneratorException naming the model, its kind and the answer to give when they differ
     */
    static boolean requireAsked(SourceModel source, boolean async) {
        if (source.async() != async) {
            throw new GeneratorException((async ? "An async" : "A sync") + " relation was asked, but " + source.describeKind()
                    + ", and a model's relations are of its kind; answer " + ModelBases.kind(source.async()) + " (--async="
                    + source.async() + "), or leave out --async, which defaults to the source model's kind");
        }
        return async;
    }

    /**
     * Checks that a model {@code generate model} writes may reference {@code target}.
     *
     * @param field the reference as given, e.g. {@code user:references}
     * @param name the new model's name
     * @param async whether the new model is async
     * @param target the referenced model
     * @return {@code target}
     * @throws GeneratorException naming both models and their kinds when they differ
     */
    static SourceModel requireReferenceable(String field, String name, boolean async, SourceModel target) {
        if (target.async() != async) {
            throw new GeneratorException("Field '" + field + "': " + target.describeKind() + " but " + name + " would be "
                    + (async ? "an async model (--async)" : "a sync model") + ": " + ONE_KIND + "; "
                    + (target.async() ? "add --async" : "leave out --async") + " to generate " + name + " as "
                    + (target.async() ? "an async" : "a sync") + " model");
        }
        return target;
    }
}
