/**
 * Async twins of the benchmark models in {@code org.activerecord4j.bench.model}: the same class names, tables
 * and relations, extending {@code AsyncActiveRecord} and declaring the async relation types. The annotation
 * processor does not generate entry points for async models yet, so each declares {@code query()} and
 * {@code findOne(id)} by hand.
 */
package org.activerecord4j.bench.model.async;
