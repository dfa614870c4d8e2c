/** The Jdbi 3 implementation of the scenarios: the fluent API with a {@code RowMapper} per row type. */
package org.activerecord4j.bench.jdbi;
