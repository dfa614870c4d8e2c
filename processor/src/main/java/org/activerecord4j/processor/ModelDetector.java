package org.activerecord4j.processor;

import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Decides whether a class is a model, and of which kind, from its chain of superclasses.
 *
 * <p>A model whose superclass does not exist yet and is spelled exactly as one of its generated
 * bases is a {@link Detection#GENERATED_BASE_MODEL} ({@code User extends UserRecord}, or {@code
 * pkg.UserRecord}) or a {@link Detection#GENERATED_ASYNC_BASE_MODEL} ({@code User extends
 * UserAsyncRecord}, or {@code pkg.UserAsyncRecord}): javac lets a processor supply that missing
 * superclass. Any other concrete class whose superclasses reach {@code ActiveRecord} or {@code
 * AsyncActiveRecord} is a {@link Detection#DIRECT_MODEL}.
 */
final class ModelDetector {

    private static final Set<String> CORE_ROOTS = Set.of(CoreNames.ACTIVE_RECORD, CoreNames.ASYNC_ACTIVE_RECORD);

    private final Elements elements;

    ModelDetector(Elements elements) {
        this.elements = elements;
    }

    /**
     * Classifies {@code type}.
     *
     * @param type any type found in the sources
     * @return what it is to the processor
     */
    Detection detect(TypeElement type) {
        if (type.getKind() != ElementKind.CLASS) {
            return Detection.NOT_A_MODEL;
        }
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() == TypeKind.ERROR) {
            if (namesGeneratedBase(type, superclass, BaseKind.SYNC)) {
                return Detection.GENERATED_BASE_MODEL;
            }
            if (namesGeneratedBase(type, superclass, BaseKind.ASYNC)) {
                return Detection.GENERATED_ASYNC_BASE_MODEL;
            }
        }
        return detectFromAncestors(type, superclass);
    }

    private boolean namesGeneratedBase(TypeElement type, TypeMirror superclass, BaseKind kind) {
        // An unresolved type prints as the user wrote it, which is all javac knows about it.
        String written = superclass.toString();
        String expected = kind.baseSimpleName(type.getSimpleName());
        String packageName = elements.getPackageOf(type).getQualifiedName().toString();
        return written.equals(expected) || written.equals(packageName + "." + expected);
    }

    private static Detection detectFromAncestors(TypeElement type, TypeMirror superclass) {
        TypeMirror ancestor = superclass;
        while (ancestor.getKind() == TypeKind.DECLARED) {
            TypeElement element = (TypeElement) ((DeclaredType) ancestor).asElement();
            if (CORE_ROOTS.contains(element.getQualifiedName().toString())) {
                boolean isAbstract = type.getModifiers().contains(Modifier.ABSTRACT);
                return isAbstract ? Detection.NOT_A_MODEL : Detection.DIRECT_MODEL;
            }
            ancestor = element.getSuperclass();
        }
        return ancestor.getKind() == TypeKind.ERROR ? Detection.UNDECIDED : Detection.NOT_A_MODEL;
    }
}
