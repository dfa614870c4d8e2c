/** The jOOQ implementation of the scenarios: the {@code DSL} without code generation, with {@code RecordMapper}s. */
package org.activerecord4j.bench.jooq;
