/**
 * Table descriptions and the one DDL writer that {@code Database.createTables}, {@code ar4j schema} and the
 * migrations {@code ar4j generate} writes all use.
 *
 * <p>A {@link org.activerecord4j.schema.TableDefinition} is neutral data (names, {@link
 * org.activerecord4j.schema.JavaType}s, limits, keys), so it can be built from a compiled model ({@link
 * org.activerecord4j.schema.TableDefinition#of(Class)}) or from parsed sources; a {@link
 * org.activerecord4j.schema.DdlWriter} renders it in one dialect, chosen by name.
 *
 * <pre>{@code
 * TableDefinition orders = TableDefinition.builder("orders")
 *         .column(ColumnDefinition.of("id", JavaType.LONG)).primaryKey("id", KeyGeneration.DATABASE)
 *         .column(ColumnDefinition.of("user_id", JavaType.LONG).withNullable(false))
 *         .column(ColumnDefinition.of("total", JavaType.DECIMAL).withDecimal(10, 2))
 *         .foreignKey("user_id", "users", "id")
 *         .build();
 * List<String> statements = DdlWriter.forDialect("postgresql").createTable(orders);
 * }</pre>
 */
package org.activerecord4j.schema;
