package org.activerecord4j.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A stand-in for another project's processor: in its first round it generates {@code pkg.Money},
 * so that a model whose column has that type must wait a round for it.
 */
@SupportedAnnotationTypes("*")
public final class MoneyProcessor extends AbstractProcessor {

    private boolean generated;

    /** Creates the processor; javac does this. */
    public MoneyProcessor() {
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!generated) {
            generated = true;
            try (Writer writer = processingEnv.getFiler().createSourceFile("pkg.Money").openWriter()) {
                writer.write("""
                        package pkg;

                        public final class Money implements Comparable<Money> {
                            private final long cents;

                            public Money(long cents) {
                                this.cents = cents;
                            }

                            @Override
                            public int compareTo(Money other) {
                                return Long.compare(cents, other.cents);
                            }
                        }
                        """);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }
}
