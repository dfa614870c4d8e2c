/** The activerecord4j implementation of the scenarios. */
package org.activerecord4j.bench.activerecord;
