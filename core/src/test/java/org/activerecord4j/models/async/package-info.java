/**
 * Async twins of the test models in {@code org.activerecord4j.models}: the same classes, tables and relations,
 * extending {@code AsyncActiveRecord} and declaring the async relation types.
 */
package org.activerecord4j.models.async;
