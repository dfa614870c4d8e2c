package org.activerecord4j.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Lists the relations a model declares: its own static fields whose type is one of core's relation
 * types with a class as type argument. Raw relation types and wildcard arguments name no target,
 * so such fields are left out; core reads them at run time all the same.
 */
final class RelationCollector {

    /**
     * Collects the relations of {@code model}, in declaration order.
     *
     * @param model a model class
     * @return its relations; a target may still be unresolved
     */
    List<RelationField> collect(TypeElement model) {
        List<RelationField> relations = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(model.getEnclosedElements())) {
            if (field.getModifiers().contains(Modifier.STATIC)) {
                relation(field).ifPresent(relations::add);
            }
        }
        return relations;
    }

    private static Optional<RelationField> relation(VariableElement field) {
        if (field.asType().getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        DeclaredType type = (DeclaredType) field.asType();
        String name = ((TypeElement) type.asElement()).getQualifiedName().toString();
        Optional<RelationKind> kind = RelationKind.of(name);
        if (kind.isEmpty() || type.getTypeArguments().size() != 1) {
            return Optional.empty();
        }
        TypeMirror target = type.getTypeArguments().get(0);
        boolean namesClass = target.getKind() == TypeKind.DECLARED || target.getKind() == TypeKind.ERROR;
        return namesClass ? Optional.of(new RelationField(field, kind.get(), target)) : Optional.empty();
    }
}
