/** The hand-written JDBC implementation: the limit the ORMs are measured against. */
package org.activerecord4j.bench.jdbc;
