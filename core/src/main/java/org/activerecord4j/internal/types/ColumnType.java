package org.activerecord4j.internal.types;

/**
 * How one Java type is stored on one database: the handler that moves values and the SQL type its
 * columns are declared with.
 *
 * @param handler moves values in and out of JDBC
 * @param ddl the column type for CREATE TABLE; {@code %p} and {@code %s} stand for a decimal's
 *     precision and scale
 */
public record ColumnType(TypeHandler<?> handler, String ddl) {
}
