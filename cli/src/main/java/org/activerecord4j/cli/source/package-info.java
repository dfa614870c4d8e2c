/**
 * Model sources as the generator reads them: parsed with JavaParser (never compiled), so a project can
 * be generated into before it builds. {@link org.activerecord4j.cli.source.SourceTree} finds the models
 * under a source root; {@link org.activerecord4j.cli.source.SourceTables} describes their tables for the
 * DDL writer.
 */
package org.activerecord4j.cli.source;
