package org.activerecord4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.activerecord4j.testing.samples.NestedSample;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A test class with {@code @Nested} classes, which JUnit gives the enclosing class's extension too. */
class TestDatabaseNestedTest {

    /**
     * Regression test: JUnit calls the enclosing class's extension's beforeAll again for a {@code @Nested} class;
     * the extension opened a second database over the first without closing it, so the enclosing class's pool
     * stayed open and its temporary SQLite file was never deleted.
     */
    @Test
    void nestedClass_leavesNoTemporaryDatabaseFileBehind() throws IOException {
        List<Path> before = temporaryDatabases();

        EngineTestKit.engine("junit-jupiter").selectors(selectClass(NestedSample.class)).execute().testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2));

        assertThat(temporaryDatabases()).as("ar4j-test-*.db files left in java.io.tmpdir").isSubsetOf(before);
    }

    private static List<Path> temporaryDatabases() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().matches("ar4j-test-.*\\.db")).toList();
        }
    }
}
