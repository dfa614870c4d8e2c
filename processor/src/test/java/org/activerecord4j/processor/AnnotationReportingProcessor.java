package org.activerecord4j.processor;

import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Prints, as a note, the annotations javac hands it in each round. Running after {@link
 * ModelProcessor}, it receives only the annotations that {@code ModelProcessor} left unclaimed.
 */
@SupportedAnnotationTypes("*")
public final class AnnotationReportingProcessor extends AbstractProcessor {

    /** Creates the processor; javac does this. */
    public AnnotationReportingProcessor() {
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Set<String> names = new TreeSet<>();
        annotations.forEach(annotation -> names.add(annotation.getQualifiedName().toString()));
        processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, "annotations: " + names);
        return false;
    }
}
