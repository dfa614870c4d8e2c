package org.activerecord4j.processor;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
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
 *
 * <p>A model recompiled without its base, as IDEs and incremental builds recompile the sources a
 * user edited with the earlier output on the class path (or its generated sources on the source
 * path), finds the base an earlier compilation generated: a top-level class of the base's name, in
 * the model's package, extending {@code ActiveRecord<Model>} or {@code AsyncActiveRecord<Model>} and
 * declaring the field proxy {@code c} of the model's fields class. Such a model is a generated-base
 * model too, so that its base is generated again from the edited source, as a clean build would. A
 * class of that name among the sources being compiled, or one without that shape, is the user's own
 * superclass.
 */
final class ModelDetector {

    private static final Set<String> CORE_ROOTS = Set.of(CoreNames.ACTIVE_RECORD, CoreNames.ASYNC_ACTIVE_RECORD);

    private final Elements elements;
    private final Predicate<String> isSourceType;

    /**
     * Creates a detector.
     *
     * @param elements javac's element utilities
     * @param isSourceType tells whether a qualified name is a type compiled from source in this
     *     compilation, written by the user or generated, as opposed to read from a class file
     */
    ModelDetector(Elements elements, Predicate<String> isSourceType) {
        this.elements = elements;
        this.isSourceType = isSourceType;
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
        if (superclass.getKind() == TypeKind.DECLARED && !type.getModifiers().contains(Modifier.ABSTRACT)) {
            TypeElement base = (TypeElement) ((DeclaredType) superclass).asElement();
            ModelNames names = ModelNames.of(type, elements);
            if (isEarlierGeneratedBase(type, names, base, BaseKind.SYNC)) {
                return Detection.GENERATED_BASE_MODEL;
            }
            if (isEarlierGeneratedBase(type, names, base, BaseKind.ASYNC)) {
                return Detection.GENERATED_ASYNC_BASE_MODEL;
            }
        }
        return detectFromAncestors(type, superclass);
    }

    /**
     * Tells whether {@code base}, the existing superclass of {@code type}, is the base of {@code kind}
     * that an earlier compilation generated for it.
     */
    private boolean isEarlierGeneratedBase(TypeElement type, ModelNames names, TypeElement base, BaseKind kind) {
        String baseName = base.getQualifiedName().toString();
        if (!baseName.equals(names.baseName(kind)) || base.getNestingKind() != NestingKind.TOP_LEVEL
                || isSourceType.test(baseName)) {
            return false;
        }
        TypeMirror root = base.getSuperclass();
        if (root.getKind() != TypeKind.DECLARED) {
            return false;
        }
        DeclaredType rootType = (DeclaredType) root;
        List<? extends TypeMirror> arguments = rootType.getTypeArguments();
        boolean extendsCoreForModel = ((TypeElement) rootType.asElement()).getQualifiedName()
                .contentEquals(kind.coreClass())
                && arguments.size() == 1
                && arguments.get(0).getKind() == TypeKind.DECLARED
                && ((DeclaredType) arguments.get(0)).asElement().equals(type);
        return extendsCoreForModel && declaresFieldProxy(base, names.fieldsName());
    }

    private static boolean declaresFieldProxy(TypeElement base, String fieldsName) {
        for (VariableElement field : ElementFilter.fieldsIn(base.getEnclosedElements())) {
            TypeMirror fieldType = field.asType();
            if (field.getSimpleName().contentEquals("c") && field.getModifiers().contains(Modifier.STATIC)
                    && fieldType.getKind() == TypeKind.DECLARED
                    && ((TypeElement) ((DeclaredType) fieldType).asElement()).getQualifiedName()
                            .contentEquals(fieldsName)) {
                return true;
            }
        }
        return false;
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
