/** The databases the benchmarks run on and how to reach them. */
package org.activerecord4j.bench.db;
