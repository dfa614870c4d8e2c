package org.activerecord4j.cli;

import java.nio.file.Path;
import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.cli.source.GeneratorException;
import org.activerecord4j.schema.DdlWriter;
import picocli.CommandLine.Option;

/** Where the model sources are and which SQL dialect to write: the options of generate and schema. */
final class SourceOptions {

    @Option(names = "--source-root", paramLabel = "DIR", defaultValue = "src/main/java",
            description = "Where the model sources are (default: ${DEFAULT-VALUE}).")
    Path sourceRoot;

    @Option(names = "--dialect", paramLabel = "NAME", defaultValue = "sqlite",
            description = "SQL dialect: sqlite, postgresql, mariadb or mysql (default: ${DEFAULT-VALUE}).")
    String dialect;

    DdlWriter writer() {
        try {
            return DdlWriter.forDialect(dialect);
        } catch (InvalidArgumentException e) {
            throw new GeneratorException(e.getMessage());
        }
    }
}
