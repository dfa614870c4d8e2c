package org.activerecord4j.readmeproject;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A Maven local repository of a nested build's own: this build's artifacts are installed in it, and
 * every other artifact is read from the machine's local repository through a {@code file://} mirror,
 * so the nested build touches no network and no shared repository.
 */
final class LocalRepository {

    private static final String GROUP = "org/activerecord4j";

    private final Path directory;
    private final Path settings;
    private final String mirror;
    private final String version;

    private LocalRepository(Path directory, Path settings, String mirror, String version) {
        this.directory = directory;
        this.settings = settings;
        this.mirror = mirror;
        this.version = version;
    }

    /**
     * Creates an empty repository under {@code root}, with a settings file that sends every download to
     * {@code machineRepository}.
     */
    static LocalRepository create(Path root, Path machineRepository, String version) throws IOException {
        Path directory = Files.createDirectories(root.resolve("repository"));
        String mirror = machineRepository.toUri().toString();
        String repository = "<id>central</id><url>" + mirror + "</url>"
                + "<releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots>";
        Path settings = Files.writeString(root.resolve("settings.xml"), """
                <settings>
                  <mirrors><mirror><id>machine</id><mirrorOf>*</mirrorOf><url>%s</url></mirror></mirrors>
                  <profiles><profile><id>machine</id>
                    <repositories><repository>%s</repository></repositories>
                    <pluginRepositories><pluginRepository>%s</pluginRepository></pluginRepositories>
                  </profile></profiles>
                  <activeProfiles><activeProfile>machine</activeProfile></activeProfiles>
                </settings>
                """.formatted(mirror, repository, repository));
        return new LocalRepository(directory, settings, mirror, version);
    }

    /** The repository's directory, for {@code -Dmaven.repo.local}. */
    Path directory() {
        return directory;
    }

    /** The {@code file://} URL every download is sent to. */
    String mirror() {
        return mirror;
    }

    /** The settings file, for {@code mvn -s}. */
    Path settings() {
        return settings;
    }

    /** Installs an {@code org.activerecord4j} artifact: its jar (or classes directory, jarred here) and its POM. */
    void install(String artifactId, Path classes, Path pom) throws IOException {
        Path jar = installPom(artifactId, pom).resolveSibling(artifactId + "-" + version + ".jar");
        if (Files.isDirectory(classes)) {
            jar(classes, jar);
        } else {
            Files.copy(classes, jar);
        }
    }

    /** Installs a POM-only artifact, such as the parent; returns where the POM went. */
    Path installPom(String artifactId, Path pom) throws IOException {
        Path folder = Files.createDirectories(directory.resolve(GROUP).resolve(artifactId).resolve(version));
        return Files.copy(pom, folder.resolve(artifactId + "-" + version + ".pom"));
    }

    /** Whether {@code path} lies inside this repository. */
    boolean contains(Path path) {
        return path.toAbsolutePath().normalize().startsWith(directory.toAbsolutePath().normalize());
    }

    /** Packs a classes directory (as a reactor build before {@code package} leaves it) into a jar. */
    private static void jar(Path classes, Path jar) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            for (Path file : files) {
                jarOut.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, jarOut);
                jarOut.closeEntry();
            }
        }
    }
}
