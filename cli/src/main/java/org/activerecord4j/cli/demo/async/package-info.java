/**
 * Async twins of the demo's models in {@code org.activerecord4j.cli.demo}, for {@code ar4j demo --async}: the
 * same class names, tables and relations, extending {@code AsyncActiveRecord}. The annotation processor does not
 * generate the field proxy and entry points of async models yet, so each declares them by hand.
 */
package org.activerecord4j.cli.demo.async;
