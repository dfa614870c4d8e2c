package org.activerecord4j.processor;

import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A relation a model declares: a static field whose type is one of core's relation types, such as
 * {@code public static final HasMany<Post> posts = hasMany();}.
 *
 * @param field the field, whose name is the relation's name
 * @param kind the field's relation type
 * @param target the field's type argument, the target model; of kind {@code ERROR} while it does
 *     not exist (yet)
 */
record RelationField(VariableElement field, RelationKind kind, TypeMirror target) {

    /**
     * Returns the relation's name, which is the Java field name.
     *
     * @return e.g. {@code posts}
     */
    String name() {
        return field.getSimpleName().toString();
    }
}
