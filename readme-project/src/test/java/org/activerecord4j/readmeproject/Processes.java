package org.activerecord4j.readmeproject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command to its end, with a time limit, and keeps everything it printed. */
final class Processes {

    private Processes() {
    }

    /** What a command printed (standard output and error, interleaved) and how it ended. */
    record Result(List<String> command, int exitCode, String output) {

        /** The command, its exit code and its output, for an assertion's description. */
        String describe() {
            return String.join(" ", command) + " exited with " + exitCode + ":\n" + output;
        }
    }

    /**
     * Runs {@code command} in {@code directory} with {@code environment} added to this process's own.
     *
     * @throws IllegalStateException when it runs longer than {@code limit}; it is then killed
     */
    static Result run(Path directory, Map<String, String> environment, Duration limit, List<String> command)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(directory, "process-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(String.join(" ", command) + " did not end within " + limit + ":\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(command, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
