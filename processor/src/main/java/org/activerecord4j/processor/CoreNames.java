package org.activerecord4j.processor;

/**
 * Fully qualified names of the core types that the processor recognises and that generated code
 * refers to. The processor runs without the core module on its path, so it cannot name these types
 * as classes.
 */
final class CoreNames {

    /** The common root of both kinds of model; models never extend it directly. */
    static final String MODEL = "org.activerecord4j.Model";

    /** The root of models whose calls return when done. */
    static final String ACTIVE_RECORD = "org.activerecord4j.ActiveRecord";

    /** The root of models whose calls return futures. */
    static final String ASYNC_ACTIVE_RECORD = "org.activerecord4j.AsyncActiveRecord";

    /** The query type returned by a generated base's {@code query()}. */
    static final String QUERY = "org.activerecord4j.Query";

    /** The query type returned by a generated async base's {@code query()}. */
    static final String ASYNC_QUERY = "org.activerecord4j.AsyncQuery";

    /** The package of the relation types, such as {@code HasMany}. */
    static final String RELATION_PACKAGE = "org.activerecord4j.relation";

    /** Thrown by {@code findOneOrThrow} when no row has the key. */
    static final String RECORD_NOT_FOUND = "org.activerecord4j.RecordNotFoundException";

    /** The base of every generated field proxy. */
    static final String MODEL_FIELDS = "org.activerecord4j.query.ModelFields";

    /** A column of any type. */
    static final String PROPERTY = "org.activerecord4j.query.Property";

    /** A column whose values have an order. */
    static final String COMPARABLE_PROPERTY = "org.activerecord4j.query.ComparableProperty";

    /** A text column. */
    static final String STRING_PROPERTY = "org.activerecord4j.query.StringProperty";

    /** What a generated field access implements. */
    static final String FIELD_ACCESS = "org.activerecord4j.FieldAccess";

    /**
     * The annotations every generated type carries, one a line: {@code @Generated}, and {@code @SuppressWarnings} for
     * the deprecation and removal warnings that using a deprecated model, column field or relation would give in
     * files the user cannot edit.
     */
    static final String GENERATED_ANNOTATIONS =
            "@javax.annotation.processing.Generated(\"org.activerecord4j.processor.ModelProcessor\")\n"
            + "@java.lang.SuppressWarnings({\"deprecation\", \"removal\"})";

    private CoreNames() {
    }
}
