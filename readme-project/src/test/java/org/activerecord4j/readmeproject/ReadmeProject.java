package org.activerecord4j.readmeproject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.activerecord4j.readme.Readme;

/**
 * A new user's project, written from README.md alone: the build set-up's {@code pom.xml} verbatim, the
 * quickstart's model, and its code in a {@code main} method that prints what it found.
 */
final class ReadmeProject {

    static final String PACKAGE = "com.example";

    private ReadmeProject() {
    }

    /** Writes the project into {@code directory}; returns the {@code pom.xml} it wrote. */
    static String write(String readme, Path directory) throws IOException {
        String pom = Readme.codeBlock(readme, "### Build set-up", "xml", 0);
        String model = Readme.codeBlock(readme, "## Quickstart", "java", 0);
        String quickstart = Readme.codeBlock(readme, "## Quickstart", "java", 1);
        Path sources = Files.createDirectories(directory.resolve("src/main/java/" + PACKAGE.replace('.', '/')));
        Files.writeString(directory.resolve("pom.xml"), pom + "\n");
        Files.writeString(sources.resolve("User.java"), "package " + PACKAGE + ";\n\n" + model + "\n");
        Files.writeString(sources.resolve("Main.java"), """
                package %s;

                import java.util.List;
                import org.activerecord4j.Database;

                public final class Main {
                    public static void main(String[] args) {
                        String file = args[0];
                %s
                        System.out.println("adults: " + adults.stream().map(user -> user.name).toList()
                                + ", saved age: " + User.findOneOrThrow(found.id).age);
                        Database.getDefault().close();
                    }
                }
                """.formatted(PACKAGE, quickstart.lines().map(line -> line.isEmpty() ? line : "        " + line)
                        .collect(Collectors.joining("\n"))));
        return pom;
    }
}
