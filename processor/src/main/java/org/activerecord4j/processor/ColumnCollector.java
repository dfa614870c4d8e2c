package org.activerecord4j.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Lists the columns of a model: its non-static, non-transient fields and those of its superclasses
 * below {@code ActiveRecord} or {@code AsyncActiveRecord}, superclass fields first, each class's
 * fields in declaration order. This is the order in which core maps columns, so the generated proxy
 * lists them alike.
 */
final class ColumnCollector {

    private static final Set<String> ROOTS = Set.of(
            CoreNames.ACTIVE_RECORD, CoreNames.ASYNC_ACTIVE_RECORD, CoreNames.MODEL, "java.lang.Object");

    private final Types types;
    private final Predicate<String> isGenerated;

    /**
     * Creates a collector.
     *
     * @param types javac's type utilities
     * @param isGenerated tells whether a qualified name is a type this processor generated, such as
     *     a model's base, where the walk up the superclasses stops
     */
    ColumnCollector(Types types, Predicate<String> isGenerated) {
        this.types = types;
        this.isGenerated = isGenerated;
    }

    /**
     * Collects the columns of {@code model}.
     *
     * @param model a model class
     * @return its columns, in mapping order
     */
    List<Column> collect(TypeElement model) {
        Deque<TypeElement> hierarchy = new ArrayDeque<>();
        for (Optional<TypeElement> current = Optional.of(model); current.isPresent();
                current = mappedSuperclass(current.get())) {
            hierarchy.addFirst(current.get());
        }
        DeclaredType modelType = (DeclaredType) model.asType();
        List<Column> columns = new ArrayList<>();
        for (TypeElement declaringClass : hierarchy) {
            for (VariableElement field : ElementFilter.fieldsIn(declaringClass.getEnclosedElements())) {
                if (isColumn(field)) {
                    TypeMirror type = declaringClass.equals(model)
                            ? field.asType()
                            : types.asMemberOf(modelType, field);
                    columns.add(new Column(field, declaringClass, type));
                }
            }
        }
        return columns;
    }

    private Optional<TypeElement> mappedSuperclass(TypeElement type) {
        // A superclass that does not exist yet is the model's future generated base: it has no columns.
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        TypeElement element = (TypeElement) types.asElement(superclass);
        String name = element.getQualifiedName().toString();
        boolean beyondModel = ROOTS.contains(name) || isGenerated.test(name);
        return beyondModel ? Optional.empty() : Optional.of(element);
    }

    private static boolean isColumn(VariableElement field) {
        Set<Modifier> modifiers = field.getModifiers();
        return !modifiers.contains(Modifier.STATIC) && !modifiers.contains(Modifier.TRANSIENT);
    }
}
