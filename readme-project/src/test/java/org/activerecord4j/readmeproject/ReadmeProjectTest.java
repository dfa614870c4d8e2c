package org.activerecord4j.readmeproject;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.activerecord4j.Database;
import org.activerecord4j.processor.ModelProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's first build: README.md's {@code pom.xml} and quickstart, as a new project, compiled by the
 * Maven running this build (3.8 on CI, the oldest we support) against the core and processor just built,
 * without network, then run.
 */
class ReadmeProjectTest {

    /** Writes the runtime class path; this module's own build fetched the plugin into the machine's repository. */
    private static final String BUILD_CLASSPATH = "org.apache.maven.plugins:maven-dependency-plugin:"
            + System.getProperty("ar4j.dependencyPlugin", "3.8.1") + ":build-classpath";
    private static final Duration LIMIT = Duration.ofMinutes(5);

    @TempDir
    Path directory;

    @Test
    void readmeSetUpAndQuickstart_compileWithoutWarnings_andRun() throws Exception {
        String version = System.getProperty("ar4j.version");
        LocalRepository repository = LocalRepository.create(directory, Path.of(System.getProperty("ar4j.localRepository",
                System.getProperty("user.home") + "/.m2/repository")), version);
        repository.installPom("activerecord4j-parent", Path.of("../pom.xml"));
        repository.install("activerecord4j-core", locationOf(Database.class), Path.of("../core/pom.xml"));
        repository.install("activerecord4j-processor", locationOf(ModelProcessor.class), Path.of("../processor/pom.xml"));
        Path project = Files.createDirectories(directory.resolve("app"));

        String pom = ReadmeProject.write(Files.readString(Path.of("../README.md")), project);
        assertThat(pom).as("README's pom.xml asks for this build's version").contains("<version>" + version + "</version>");

        Processes.Result build = Processes.run(project, Map.of("JAVA_HOME", System.getProperty("java.home")), LIMIT, List.of(
                maven(), "-B", "-s", repository.settings().toString(), "-Dmaven.repo.local=" + repository.directory(),
                "compile", BUILD_CLASSPATH, "-Dmdep.outputFile=classpath.txt"));
        assertThat(build.exitCode()).as(build.describe() + (build.output().contains("(" + repository.mirror() + ")")
                ? "\nThe new project is built without network: every artifact it needs must be in " + repository.mirror()
                        + " (this module's pom.xml makes the outer build fetch the plugins; see its comment)" : ""))
                .isZero();
        assertThat(build.output().lines().filter(line -> line.startsWith("[WARNING]")).toList()).as(build.describe()).isEmpty();
        List<Path> classpath = Arrays.stream(Files.readString(project.resolve("classpath.txt")).split(File.pathSeparator))
                .map(Path::of).toList();
        assertThat(classpath).as("the core jar the project uses")
                .anyMatch(jar -> repository.contains(jar) && jar.getFileName().toString().startsWith("activerecord4j-core-"));

        Processes.Result run = Processes.run(project, Map.of(), LIMIT, List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", "target/classes" + File.pathSeparator + String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()),
                ReadmeProject.PACKAGE + ".Main", directory.resolve("app.db").toString()));
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.output()).as(run.describe()).contains("adults: [Ann], saved age: 32");
    }

    /** The Maven running this build, or {@code mvn} on the PATH when the test runs elsewhere (an IDE). */
    private static String maven() {
        String home = System.getProperty("maven.home");
        return home == null || home.isEmpty() ? "mvn" : Path.of(home, "bin", "mvn").toString();
    }

    /** The jar a class came from, or its classes directory when the reactor has not packaged it (mvn test). */
    private static Path locationOf(Class<?> type) throws URISyntaxException, IOException {
        Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(location).as("where %s was loaded from", type.getName()).exists();
        return location;
    }
}
