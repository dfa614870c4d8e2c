package org.activerecord4j;

/**
 * Thrown on first use of a model whose relations are declared wrongly: an unknown target, a foreign
 * key that is not a column, an inverse that does not exist or does not point back. The message names
 * the model, the relation, the bad value and the valid choices.
 */
public class RelationDefinitionException extends ActiveRecordException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the full message
     */
    public RelationDefinitionException(String message) {
        super(message);
    }
}
