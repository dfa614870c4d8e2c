package org.activerecord4j;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads and writes the column fields of one model by position, as hand-written code would. The annotation
 * processor generates an implementation for every model it compiles whose fields it can reach ({@code
 * UserFieldAccess} beside {@code User}); activerecord4j finds it by name when it first reads the model and
 * uses it to load rows into records and to read records it writes, instead of reflection. Its {@link #read}
 * reads a whole row with one statement per column, so that each column's reading code is compiled for that
 * column alone, as in a hand-written row mapper. Models compiled
 * without the processor are read and written through method handles. Applications neither implement nor
 * call this interface. Implementations are stateless and thread-safe.
 *
 * @param <T> the model
 */
public interface FieldAccess<T> {

    /**
     * Returns the names of the model's column fields, in the order {@link #get} and {@link #set} number them:
     * superclass fields first, each class's fields in declaration order. activerecord4j uses the class only
     * when this is its own order of the model's columns and the class's code reaches each field as the model
     * declares it now (a class left from an earlier build of the model, whose field types differed, is not used).
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

    /**
     * Reads the current row of {@code row} into {@code record}, if this access can: column {@code i} of the model
     * (its position in {@link #fieldNames()}) from JDBC column {@code i + 1} with {@code readers[i]}. Each value
     * goes into its field (a null into a primitive field as the type's zero) and the value as stored (the zero
     * boxed) into {@code values[i]}, or, when the model {@linkplain #keepsSnapshot() keeps its snapshot in its
     * fields}, into its snapshot field ({@code values} is then null).
     *
     * <p>The generated implementation does this with one statement per column and returns true. The default
     * returns false without reading, and activerecord4j then reads the row column by column through {@link #set}.
     * activerecord4j calls it once per row it loads.
     *
     * @param record the record to fill
     * @param row a result set on the row, its columns in the model's column order
     * @param readers one reader per column, in the model's column order
     * @param values receives the value stored in each field, in the model's column order; null when the
     *     model keeps its snapshot in its fields
     * @return whether the row was read
     * @throws SQLException when the driver cannot read a column
     * @throws ClassCastException when a reader returns a value of another type than its field's; the record is
     *     then partly filled
     */
    default boolean read(T record, ResultSet row, ColumnReader[] readers, Object[] values) throws SQLException {
        return false;
    }

    /**
     * Returns whether the model's records hold their snapshot in fields of their own: the column values last
     * read from or written to the database, which dirty checking compares the column fields with. The
     * processor generates such fields, one per column, in the base class of a model that extends it ({@code
     * class User extends UserRecord}), so that a loaded record costs no array beside itself. The default,
     * false, has activerecord4j keep the snapshot in an array.
     *
     * @return whether {@link #snapshot(Object, int)} and {@link #snapshot(Object, int, Object)} may be called
     */
    default boolean keepsSnapshot() {
        return false;
    }

    /**
     * Reads a column's snapshot field.
     *
     * @param record the record
     * @param field the column's position in {@link #fieldNames()}
     * @return the value it had when last synchronised with the database
     * @throws UnsupportedOperationException unless {@link #keepsSnapshot()}
     */
    default Object snapshot(T record, int field) {
        throw new UnsupportedOperationException(getClass().getName() + " keeps no snapshot");
    }

    /**
     * Writes a column's snapshot field.
     *
     * @param record the record
     * @param field the column's position in {@link #fieldNames()}
     * @param value the value it has in the database now
     * @throws UnsupportedOperationException unless {@link #keepsSnapshot()}
     */
    default void snapshot(T record, int field, Object value) {
        throw new UnsupportedOperationException(getClass().getName() + " keeps no snapshot");
    }

    /**
     * Reads one column of a result set's current row as its field's Java type: activerecord4j passes one per
     * column to {@link FieldAccess#read}, chosen for the field's type and the database. For a primitive field
     * of a model that keeps its snapshot in fields, the generated {@code read} calls the method of the field's
     * type ({@link #readLong}, {@link #readDouble}, ...), which reads SQL NULL as 0 or false and boxes nothing
     * when the reader reads the primitive itself; by default they unbox {@link #read} (a
     * {@link ClassCastException} when it returns another type).
     */
    @FunctionalInterface
    interface ColumnReader {

        /**
         * Reads a column of the current row.
         *
         * @param row the result set, on a row
         * @param index the JDBC column index, from 1
         * @return the value, null for SQL NULL
         * @throws SQLException when the driver cannot read it
         */
        Object read(ResultSet row, int index) throws SQLException;

        /**
         * Reads a column of the current row into a primitive {@code long} field: see {@link ColumnReader}.
         *
         * @param row the result set, on a row
         * @param index the JDBC column index, from 1
         * @return the value, {@code 0} for SQL NULL
         * @throws SQLException when the driver cannot read it
         */
        default long readLong(ResultSet row, int index) throws SQLException {
            Object value = read(row, index);
            return value == null ? 0 : (Long) value;
        }

        /**
         * Reads a column of the current row into a primitive {@code int} field: see {@link ColumnReader}.
         *
         * @param row the result set, on a row
         * @param index the JDBC column index, from 1
         * @return the value, {@code 0} for SQL NULL
         * @throws SQLException when the driver cannot read it
         */
        default int readInt(ResultSet row, int index) throws SQLException {
            Object value = read(row, index);
            return value == null ? 0 : (Integer) value;
        }

        /**
         * Reads a column of the current row into a primitive {@code short} field: see {@link ColumnReader}.
         *
         * @param row the result set, on a row
         * @param index the JDBC column index, from 1
         * @return the value, {@code 0} for SQL NULL
         * @throws SQLException when the driver cannot read it
         */
        default short readShort(ResultSet row, int index) throws SQLException {
            Object value = read(row, index);
            return value == null ? 0 : (Short) value;
        }

        /**
         * Reads a column of the current row into a primitive {@code double} field: see {@link ColumnReader}.
         *
         * @param row the result set, on a row
         * @param index the JDBC column index, from 1
         * @return the value, {@code 0} for SQL NULL
         * @throws SQLException when the driver cannot read it
         */
        default double readDouble(ResultSet row, int index) throws SQLException {
            Object value = read(row, index);
            return value == null ? 0 : (Double) value;
        }

        /**
         * Reads a column of the current row into a primitive {@code float} field: see {@link ColumnReader}.
         *
         * @param row the result set, on a row
         * @param index the JDBC column index, from 1
         * @return the value, {@code 0} for SQL NULL
         * @throws SQLException when the driver cannot read it
         */
        default float readFloat(ResultSet row, int index) throws SQLException {
            Object value = read(row, index);
            return value == null ? 0 : (Float) value;
        }

        /**
         * Reads a column of the current row into a primitive {@code boolean} field: see {@link ColumnReader}.
         *
         * @param row the result set, on a row
         * @param index the JDBC column index, from 1
         * @return the value, {@code false} for SQL NULL
         * @throws SQLException when the driver cannot read it
         */
        default boolean readBoolean(ResultSet row, int index) throws SQLException {
            Object value = read(row, index);
            return value == null ? false : (Boolean) value;
        }
    }
}
