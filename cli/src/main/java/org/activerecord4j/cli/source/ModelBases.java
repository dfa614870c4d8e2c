package org.activerecord4j.cli.source;

/**
 * The classes a model may extend, by kind: a sync model extends its generated base {@code UserRecord} or
 * {@code ActiveRecord<User>}, an async one {@code UserAsyncRecord} or {@code AsyncActiveRecord<User>}; the
 * annotation processor writes the generated bases, relation accessors included.
 */
public final class ModelBases {

    private static final String ASYNC = "Async";

    private ModelBases() {
    }

    /**
     * Returns the simple name of the base the processor generates for a model.
     *
     * @param model the model's simple name, e.g. {@code User}
     * @param async whether the model is async
     * @return {@code UserRecord} or {@code UserAsyncRecord}
     */
    public static String generated(String model, boolean async) {
        return model + (async ? ASYNC : "") + "Record";
    }

    /**
     * Returns the core class a model extends when it does not use its generated base.
     *
     * @param model the model's simple name, e.g. {@code User}
     * @param async whether the model is async
     * @return {@code ActiveRecord<User>} or {@code AsyncActiveRecord<User>}
     */
    public static String core(String model, boolean async) {
        return (async ? ASYNC : "") + "ActiveRecord<" + model + ">";
    }

    /**
     * Returns the word for a kind, for messages and answers.
     *
     * @param async whether async
     * @return {@code sync} or {@code async}
     */
    public static String kind(boolean async) {
        return async ? "async" : "sync";
    }

    /** The prefix of the async relation types: {@code AsyncHasMany}. */
    static String relationPrefix(boolean async) {
        return async ? ASYNC : "";
    }

    /** Whether a relation type's simple name is of an async relation. */
    static boolean isAsyncRelation(String typeName) {
        return typeName.startsWith(ASYNC);
    }

    /** The kind's name of a relation type's simple name: {@code HasMany} for {@code AsyncHasMany}. */
    static String withoutPrefix(String typeName) {
        return isAsyncRelation(typeName) ? typeName.substring(ASYNC.length()) : typeName;
    }
}
