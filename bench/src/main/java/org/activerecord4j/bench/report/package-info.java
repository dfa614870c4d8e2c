/** Tables, target checks and RESULTS.md. */
package org.activerecord4j.bench.report;
