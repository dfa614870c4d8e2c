package org.activerecord4j;

/**
 * Thrown under strict loading when a relation would be loaded lazily on a record that came from a
 * multi-row query: one such load per row is the N+1 query. The message names the model, the relation
 * and the {@code with(...)} that loads it for every row at once:
 * {@code Strict loading: Post.comments was not loaded with the query that read this Post; add
 * with("posts.comments") to that query}.
 *
 * <p>Strict loading is turned on per query ({@link Query#strict()}), per model ({@link StrictLoading})
 * or per database ({@link Database.Builder#strictLoading(boolean)}).
 */
public class StrictLoadingViolationException extends ActiveRecordException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the full message
     */
    public StrictLoadingViolationException(String message) {
        super(message);
    }
}
