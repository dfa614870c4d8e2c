package org.activerecord4j.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the parts of README.md and of tested sources that must match, so README examples cannot rot. */
public final class Readme {

    private Readme() {
    }

    /**
     * Returns the lines between {@code // tag::name[]} and {@code // end::name[]} in {@code source},
     * without their common indentation: the text README.md must show.
     *
     * @param source a Java source file
     * @param name the region's name
     * @return the region
     * @throws IOException when the file cannot be read
     */
    public static String region(Path source, String name) throws IOException {
        Matcher matcher = Pattern.compile("// tag::" + name + "\\[]\\n(.*?)\\n\\s*// end::" + name + "\\[]", Pattern.DOTALL)
                .matcher(Files.readString(source));
        assertThat(matcher.find()).as("region %s in %s", name, source).isTrue();
        return matcher.group(1).stripIndent();
    }

    /**
     * Returns the body of the {@code index}-th fenced code block (0 is the first) of the given
     * {@code language} below the Markdown heading {@code heading}, before the next heading of any level.
     *
     * @param readme the Markdown text
     * @param heading the heading line, e.g. {@code ### Build set-up}
     * @param language the fence's language, e.g. {@code xml}
     * @param index which of the section's blocks of that language
     * @return the block's lines, without the fences
     */
    public static String codeBlock(String readme, String heading, String language, int index) {
        int start = readme.indexOf("\n" + heading + "\n");
        assertThat(start).as("heading '%s' in README.md", heading).isNotNegative();
        Matcher nextHeading = Pattern.compile("\\n#{1,6} ").matcher(readme);
        int end = nextHeading.find(start + heading.length() + 1) ? nextHeading.start() : readme.length();
        Matcher block = Pattern.compile("\\n```" + Pattern.quote(language) + "\\n(.*?)\\n```", Pattern.DOTALL)
                .matcher(readme.substring(start, end));
        for (int i = 0; i <= index; i++) {
            assertThat(block.find()).as("code block %d of %s under '%s'", i, language, heading).isTrue();
        }
        return block.group(1);
    }
}
