/**
 * Benchmarks of activerecord4j against hand-written JDBC and Hibernate ORM on the same data: the
 * scenarios, the implementations and the runner ({@link org.activerecord4j.bench.BenchMain}).
 */
package org.activerecord4j.bench;
