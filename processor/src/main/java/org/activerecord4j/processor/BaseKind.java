package org.activerecord4j.processor;

/**
 * The two kinds of generated base, one per core root: a model written as {@code class User extends
 * UserRecord} gets a base extending {@code ActiveRecord}, one written as {@code class User extends
 * UserAsyncRecord} a base extending {@code AsyncActiveRecord}.
 */
enum BaseKind {

    /** {@code UserRecord extends ActiveRecord<User>}: calls return when done. */
    SYNC("Record", CoreNames.ACTIVE_RECORD, CoreNames.QUERY),

    /** {@code UserAsyncRecord extends AsyncActiveRecord<User>}: calls return futures. */
    ASYNC("AsyncRecord", CoreNames.ASYNC_ACTIVE_RECORD, CoreNames.ASYNC_QUERY);

    private final String suffix;
    private final String coreClass;
    private final String queryClass;

    BaseKind(String suffix, String coreClass, String queryClass) {
        this.suffix = suffix;
        this.coreClass = coreClass;
        this.queryClass = queryClass;
    }

    /**
     * Returns the simple name of the base a model extends before it is generated.
     *
     * @param modelSimpleName the model's simple name, e.g. {@code User}
     * @return e.g. {@code UserRecord} or {@code UserAsyncRecord}
     */
    String baseSimpleName(CharSequence modelSimpleName) {
        return modelSimpleName + suffix;
    }

    /**
     * Returns the core class the generated base extends.
     *
     * @return the qualified name of {@code ActiveRecord} or {@code AsyncActiveRecord}
     */
    String coreClass() {
        return coreClass;
    }

    /**
     * Returns the query type the generated base's {@code query()} returns.
     *
     * @return the qualified name of {@code Query} or {@code AsyncQuery}
     */
    String queryClass() {
        return queryClass;
    }
}
