/** The benchmark schema as activerecord4j models; the same tables serve the JDBC and Hibernate implementations. */
package org.activerecord4j.bench.model;
