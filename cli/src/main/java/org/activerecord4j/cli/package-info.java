/** The {@code ar4j} command line: picocli commands. */
package org.activerecord4j.cli;
