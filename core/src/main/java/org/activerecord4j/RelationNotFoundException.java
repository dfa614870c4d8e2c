package org.activerecord4j;

/**
 * Thrown when a relation named by string does not exist on a model; the message lists the model's
 * relations: {@code Unknown relation 'postz' on User; known relations: comments, posts, profile}.
 */
public class RelationNotFoundException extends ActiveRecordException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the full message
     */
    public RelationNotFoundException(String message) {
        super(message);
    }
}
