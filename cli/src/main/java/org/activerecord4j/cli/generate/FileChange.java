package org.activerecord4j.cli.generate;

import java.nio.file.Path;

/**
 * One file the generator would write. Immutable.
 *
 * @param path the file
 * @param before its text now, or null when it is new
 * @param after the text to write
 */
public record FileChange(Path path, String before, String after) {

    /**
     * Returns whether the file is new.
     *
     * @return true when it does not exist yet
     */
    public boolean created() {
        return before == null;
    }

    /**
     * Returns the change as a unified diff.
     *
     * @return the diff, {@code --- /dev/null} for a new file
     */
    public String diff() {
        return UnifiedDiff.of(path.toString().replace('\\', '/'), before, after);
    }
}
