package org.activerecord4j.internal.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.RelationDefinitionException;
import org.activerecord4j.relation.Relation;

/**
 * Keeps the sync and async front doors apart: a model extending {@code ActiveRecord} declares sync relations
 * to sync models, one extending {@code AsyncActiveRecord} async relations to async models. A sync and an
 * async model may map the same table.
 */
final class FrontDoors {

    private FrontDoors() {
    }

    /**
     * Checks the relation fields {@code model} declares, from their declared types: on first use of the model.
     *
     * @param model the model class
     * @throws RelationDefinitionException naming the model, the relation and the type to use
     */
    static void checkDeclaredRelations(Class<?> model) {
        for (Class<?> c = model; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && Relation.class.isAssignableFrom(field.getType())
                        && field.getType() != Relation.class) {
                    checkRelationType(model, model.getSimpleName() + "." + field.getName(), field.getType());
                }
            }
        }
    }

    /**
     * Checks that a relation's type matches its owner's front door.
     *
     * @param owner the owner model
     * @param label {@code Owner.relation}
     * @param relationType the relation's class
     * @throws RelationDefinitionException naming the type to use
     */
    static void checkRelationType(Class<?> owner, String label, Class<?> relationType) {
        boolean asyncOwner = isAsync(owner);
        if (RelationKind.isAsync(relationType) == asyncOwner) {
            return;
        }
        String declared = relationType.getSimpleName();
        String twin = asyncOwner ? "Async" + declared : declared.substring("Async".length());
        throw new RelationDefinitionException("Relation " + label + " is declared as " + declared + " but "
                + owner.getSimpleName() + " extends " + baseName(asyncOwner) + "; declare it as " + twin
                + " (the " + (asyncOwner ? "async" : "sync") + " twin, made by " + baseName(asyncOwner)
                + "'s relation methods), or make " + owner.getSimpleName() + " extend " + baseName(!asyncOwner));
    }

    /**
     * Checks that a relation's target or join model uses its owner's front door.
     *
     * @param owner the owner model
     * @param label {@code Owner.relation}
     * @param role "target" or "join model"
     * @param model the target or join model
     * @throws RelationDefinitionException naming both models
     */
    static void checkRelated(Class<?> owner, String label, String role, Class<?> model) {
        boolean asyncOwner = isAsync(owner);
        if (isAsync(model) == asyncOwner) {
            return;
        }
        throw new RelationDefinitionException("The " + role + " " + model.getSimpleName() + " of relation " + label
                + " extends " + baseName(!asyncOwner) + " but " + owner.getSimpleName() + " extends " + baseName(asyncOwner)
                + "; relations connect models of one kind: use a model extending " + baseName(asyncOwner) + " that maps "
                + "the same table");
    }

    /**
     * Returns whether {@code model} uses the async front door.
     *
     * @param model a model class
     * @return true when it extends {@code AsyncActiveRecord}
     */
    static boolean isAsync(Class<?> model) {
        return AsyncActiveRecord.class.isAssignableFrom(model);
    }

    private static String baseName(boolean async) {
        return async ? "AsyncActiveRecord" : "ActiveRecord";
    }
}
