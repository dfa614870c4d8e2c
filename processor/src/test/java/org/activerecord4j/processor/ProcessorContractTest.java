package org.activerecord4j.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How javac finds the processor and how it shares a compilation with other processors. */
class ProcessorContractTest {

    @TempDir
    Path directory;

    @Test
    void serviceFile_registersModelProcessor() {
        List<Class<?>> registered = ServiceLoader.load(Processor.class, ModelProcessor.class.getClassLoader())
                .stream()
                .<Class<?>>map(ServiceLoader.Provider::type)
                .toList();

        assertThat(registered).contains(ModelProcessor.class);
    }

    @Test
    void processor_supportsEveryAnnotationAndTheLatestSourceVersion() {
        ModelProcessor processor = new ModelProcessor();

        assertThat(processor.getSupportedAnnotationTypes()).containsExactly("*");
        assertThat(processor.getSupportedSourceVersion()).isEqualTo(SourceVersion.latestSupported());
    }

    @Test
    void processor_claimsNoAnnotation_soLaterProcessorsStillSeeThem() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/User.java", """
                package pkg;

                public class User extends UserRecord {
                    @Deprecated
                    public String nickname;
                }
                """), List.of(AnnotationReportingProcessor.class));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.notes()).contains(
                "annotations: [java.lang.Deprecated]",
                "annotations: [java.lang.SuppressWarnings, javax.annotation.processing.Generated]");
    }

    @Test
    void columnOfTypeFromAnotherProcessor_waitsARoundForIt() {
        Compilation compilation = TestCompiler.compile(directory, Map.of("pkg/User.java", """
                package pkg;

                public class User extends UserRecord {
                    public Money balance;
                }
                """), List.of(MoneyProcessor.class));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).isEmpty();
        assertThat(compilation.generatedFiles())
                .containsExactly("pkg/Money.java", "pkg/UserFieldAccess.java", "pkg/UserFields.java",
                        "pkg/UserRecord.java");
        assertThat(compilation.generatedSource("pkg/UserFields.java"))
                .contains("org.activerecord4j.query.Property<pkg.User, pkg.Money> balance =");
    }
}
