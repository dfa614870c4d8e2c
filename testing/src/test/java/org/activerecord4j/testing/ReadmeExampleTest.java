package org.activerecord4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activerecord4j.readme.Readme;
import org.junit.jupiter.api.Test;

/** README.md shows the example test exactly as {@code example/AuthorTest} has it; TestDatabaseTest runs it on every database. */
class ReadmeExampleTest {

    @Test
    void readme_showsTheExampleTestVerbatim() throws IOException {
        String example = Readme.region(Path.of("src/test/java/org/activerecord4j/testing/example/AuthorTest.java"), "example");

        assertThat(Files.readString(Path.of("../README.md"))).contains(example);
    }
}
