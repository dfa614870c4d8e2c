package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles snippets against the real core and processor to show what the field proxy refuses. */
class FieldProxyCompileTest {

    private static final String MODEL = """
            package app;
            import org.activerecord4j.Table;
            @Table("users")
            public class User extends UserRecord {
                public Long id;
                public String name;
                public Integer age;
            }
            """;

    @TempDir
    Path directory;

    @Test
    void correctQuery_compiles() throws IOException {
        assertThat(compile("User.query().where(User.c.name.eq(\"Ann\").and(User.c.age.ge(18))).orderBy(User.c.age.desc());"))
                .isEmpty();
    }

    @Test
    void misspelledColumn_isACompileError() throws IOException {
        assertThat(compile("User.query().where(User.c.nmae.eq(\"Ann\"));"))
                .singleElement().asString().contains("cannot find symbol").contains("nmae");
    }

    @Test
    void wrongValueType_isACompileError() throws IOException {
        assertThat(compile("User.query().where(User.c.age.eq(\"x\"));"))
                .singleElement().asString().contains("incompatible types").contains("String");
    }

    @Test
    void rangeOperatorOnWrongType_isACompileError() throws IOException {
        assertThat(compile("User.query().where(User.c.age.gt(\"ten\"));")).isNotEmpty();
        assertThat(compile("User.query().where(User.c.age.startsWith(\"1\"));")).isNotEmpty();
    }

    /** Compiles the model and a class whose method body is {@code statement}; returns the errors. */
    private List<String> compile(String statement) throws IOException {
        Path sources = Files.createDirectories(directory.resolve("src/app"));
        Files.writeString(sources.resolve("User.java"), MODEL);
        Files.writeString(sources.resolve("Usage.java"), "package app;\nclass Usage {\n    void run() {\n        "
                + statement + "\n    }\n}\n");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-d", Files.createDirectories(directory.resolve("out")).toString(),
                    "-s", Files.createDirectories(directory.resolve("generated")).toString(),
                    "-classpath", System.getProperty("java.class.path"),
                    "-processor", "org.activerecord4j.processor.ModelProcessor");
            compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjects(sources.resolve("User.java"), sources.resolve("Usage.java"))).call();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(diagnostic.getMessage(Locale.ROOT));
            }
        }
        return errors;
    }
}
