package org.activerecord4j.cli.generate;

import java.nio.file.Path;
import java.time.Clock;
import org.activerecord4j.cli.source.SourceTree;
import org.activerecord4j.schema.DdlWriter;

/**
 * What a generation works on: the project's models, the DDL writer of the chosen dialect, and where and
 * under which version the migration is written. Immutable.
 *
 * @param tree the project's models
 * @param writer the DDL writer of the chosen dialect
 * @param migrationDirectory where migrations go
 * @param migrationVersion the version of the migration, or null for the current time
 * @param clock the clock for versions
 */
public record Generation(SourceTree tree, DdlWriter writer, Path migrationDirectory, String migrationVersion, Clock clock) {

    PlanBuilder plan() {
        return new PlanBuilder(tree, writer, new MigrationFiles(migrationDirectory, migrationVersion, clock));
    }
}
