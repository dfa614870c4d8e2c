/** The plain objects the peer implementations (Jdbi, jOOQ) read rows into, and their graph checksum. */
package org.activerecord4j.bench.rows;
