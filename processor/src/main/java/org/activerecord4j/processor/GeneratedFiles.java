package org.activerecord4j.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Writes generated sources through javac's {@link Filer} and remembers, across rounds, which types
 * were generated and for which model, so that no type is written twice.
 */
final class GeneratedFiles {

    private final Filer filer;
    private final Messager messager;
    private final Map<String, String> modelByGeneratedType = new HashMap<>();

    GeneratedFiles(Filer filer, Messager messager) {
        this.filer = filer;
        this.messager = messager;
    }

    /**
     * Tells whether this processor generated the type {@code qualifiedName}.
     *
     * @param qualifiedName a type's qualified name
     * @return true for a fields or base class written earlier in this compilation
     */
    boolean isGenerated(String qualifiedName) {
        return modelByGeneratedType.containsKey(qualifiedName);
    }

    /**
     * Writes the sources of one model, or none of them when one of their names is already taken by
     * another model's generated type.
     *
     * @param model the model, recorded as the originating element of each file
     * @param sources the files to write
     */
    void write(TypeElement model, List<SourceFile> sources) {
        String modelName = model.getQualifiedName().toString();
        boolean available = true;
        for (SourceFile source : sources) {
            String owner = modelByGeneratedType.get(source.typeName());
            if (owner != null) {
                error(model, "Cannot generate " + source.typeName() + " for model " + modelName
                        + ": it is already generated for model " + owner + "; rename one of the models");
                available = false;
            }
        }
        if (!available) {
            return;
        }
        for (SourceFile source : sources) {
            modelByGeneratedType.put(source.typeName(), modelName);
            writeFile(model, source);
        }
    }

    private void writeFile(TypeElement model, SourceFile source) {
        try (Writer writer = filer.createSourceFile(source.typeName(), model).openWriter()) {
            writer.write(source.text());
        } catch (FilerException e) {
            error(model, "Cannot generate " + source.typeName() + " for model " + model.getQualifiedName()
                    + ": a type of that name already exists (" + e.getMessage() + "); rename or remove it");
        } catch (IOException e) {
            error(model, "Cannot generate " + source.typeName() + " for model " + model.getQualifiedName()
                    + ": " + e);
        }
    }

    private void error(TypeElement model, String message) {
        messager.printMessage(Diagnostic.Kind.ERROR, message, model);
    }
}
