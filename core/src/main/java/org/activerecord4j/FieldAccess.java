package org.activerecord4j;

import java.util.List;

/**
 * Reads and writes the column fields of one model by position, as hand-written code would. The annotation
 * processor generates an implementation for every model it compiles whose fields it can reach ({@code
 * UserFieldAccess} beside {@code User}); activerecord4j finds it by name when it first reads the model and
 * uses it to load rows into records and to read records it writes, instead of reflection. Models compiled
 * without the processor are read and written through method handles. Applications neither implement nor
 * call this interface. Implementations are stateless and thread-safe.
 *
 * @param <T> the model
 */
public interface FieldAccess<T> {

    /**
     * Returns the names of the model's column fields, in the order {@link #get} and {@link #set} number them:
     * superclass fields first, each class's fields in declaration order. activerecord4j uses the class only
     * when this is its own order of the model's columns.
     *
     * @return the field names
     */
    List<String> fieldNames();

    /**
     * Reads a column field; a primitive field's value is boxed.
     *
     * @param record the record
     * @param field the field's position in {@link #fieldNames()}
     * @return its value
     */
    Object get(T record, int field);

    /**
     * Writes a column field.
     *
     * @param record the record
     * @param field the field's position in {@link #fieldNames()}
     * @param value the value, of the field's type (boxed for a primitive field, and then not null)
     * @throws ClassCastException when the value is of another type
     */
    void set(T record, int field, Object value);
}
