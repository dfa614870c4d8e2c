/**
 * {@code ar4j generate}: plans every change first (model edits, new models, one migration), checks it
 * against the sources, and only then writes all of it, or prints it as a unified diff with
 * {@code --dry-run}. Source edits insert lines and leave every other byte of a file as it was.
 */
package org.activerecord4j.cli.generate;
