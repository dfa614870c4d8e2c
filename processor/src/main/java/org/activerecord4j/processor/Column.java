package org.activerecord4j.processor;

import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One column of a model: a persistent instance field, the class that declares it, and its type as
 * seen from the model (type variables of a generic superclass replaced by the model's arguments).
 *
 * @param field the field
 * @param declaringClass the model or one of its superclasses
 * @param type the field's type as a member of the model
 */
record Column(VariableElement field, TypeElement declaringClass, TypeMirror type) {

    /**
     * Returns the property name, which is the Java field name.
     *
     * @return e.g. {@code createdAt}
     */
    String name() {
        return field.getSimpleName().toString();
    }

    /**
     * The type of the column's snapshot field in a generated base: the field's own type when it is primitive
     * (so that loading a row boxes nothing for it), else {@code java.lang.Object}.
     *
     * @return the type's source name
     */
    String snapshotType() {
        return type.getKind().isPrimitive() ? type.toString() : "java.lang.Object";
    }
}
