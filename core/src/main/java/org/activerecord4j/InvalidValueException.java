package org.activerecord4j;

/**
 * A value a column cannot hold exactly on the database it is written to: a string longer than its
 * {@code @Column(length)}, a decimal with more digits than its {@code @Column(precision, scale)}, NaN or
 * an infinity where the database cannot store them, a string holding half of a surrogate pair, or the NUL
 * character on PostgreSQL, a date outside the years the database stores, a value of another type. It is refused before any SQL
 * runs, so no row changes; the database is never left to round, truncate or null it.
 *
 * <p>Instances are immutable once thrown.
 */
public class InvalidValueException extends ActiveRecordException {
    private static final long serialVersionUID = 1L;

    /** The simple name of the model whose column refused the value. */
    private final String model;
    /** The field name of the column that refused the value. */
    private final String column;

    /**
     * Creates the exception.
     *
     * @param model the model's name, e.g. {@code Order}
     * @param column the field's name, e.g. {@code total}
     * @param message the model, the column, the value and the rule it broke
     */
    public InvalidValueException(String model, String column, String message) {
        super(message);
        this.model = model;
        this.column = column;
    }

    /**
     * Returns the model whose column refused the value.
     *
     * @return the model's simple name
     */
    public String model() {
        return model;
    }

    /**
     * Returns the column (as its field name) that refused the value.
     *
     * @return the field name
     */
    public String column() {
        return column;
    }
}
