/**
 * activerecord4j: models that map to tables ({@link org.activerecord4j.ActiveRecord}), queries over them
 * ({@link org.activerecord4j.Query}), the databases they live in ({@link org.activerecord4j.Database}),
 * transactions and statement listeners.
 *
 * <p>Packages named {@code internal} are implementation and may change without notice.
 */
package org.activerecord4j;
