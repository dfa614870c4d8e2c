package org.activerecord4j.internal.model;

import org.activerecord4j.RelationDefinitionException;

/** Checks that a relation's inverse exists, can pair with it, and points back; then links the two. */
final class RelationValidator {

    private RelationValidator() {
    }

    static void resolveInverse(BoundRelation relation) {
        ModelRelations other = ModelRelations.bound(relation.target().type());
        String declared = relation.declaredInverse();
        if (declared == null) {
            relation.inverse(implicitInverse(relation, other));
            return;
        }
        String label = relation + " (" + relation.typeName() + ")";
        BoundRelation inverse = other.namedOrNull(declared);
        if (inverse == null) {
            throw new RelationDefinitionException("The inverse '" + declared + "' of relation " + label + " does not exist on "
                    + relation.target().name() + "; its relations: " + other.names());
        }
        String inverseLabel = inverse + " (" + inverse.typeName() + ")";
        if (!relation.kind().pairsWith(inverse.kind())) {
            boolean async = RelationKind.isAsync(relation.relation().getClass());
            throw new RelationDefinitionException("The inverse '" + declared + "' of relation " + label + " is " + inverseLabel
                    + ", which cannot pair with a " + relation.typeName() + "; a " + relation.typeName() + " pairs with "
                    + relation.kind().pairs(async));
        }
        boolean pointsAtOwner = inverse.target() == relation.owner();
        boolean sameKeys = relation.join() == null
                ? inverse.foreignKey().name().equals(relation.foreignKey().name())
                : inverse.join() == relation.join()
                        && inverse.targetForeignKey().name().equals(relation.foreignKey().name())
                        && inverse.foreignKey().name().equals(relation.targetForeignKey().name());
        boolean namesUsBack = inverse.declaredInverse() == null || inverse.declaredInverse().equals(relation.name());
        if (!pointsAtOwner || !namesUsBack) {
            String pointsTo = inverse.declaredInverse() != null
                    ? inverse.target().name() + "." + inverse.declaredInverse() : inverse.target().name();
            throw new RelationDefinitionException("The inverse '" + declared + "' of relation " + label + " points back to "
                    + pointsTo + ", not to " + relation + "; set inverseOf(\"" + relation.name() + "\") on " + inverse
                    + " or leave it unset");
        }
        if (!sameKeys && relation.join() == null) {
            throw new RelationDefinitionException("The inverse '" + declared + "' of relation " + label + " uses foreign key '"
                    + inverse.foreignKey().name() + "' but " + relation + " uses '" + relation.foreignKey().name()
                    + "'; a relation and its inverse share one foreign key");
        }
        if (!sameKeys) {
            throw new RelationDefinitionException("The inverse '" + declared + "' of relation " + label
                    + " does not use the same join model and keys the other way round");
        }
        relation.inverse(inverse);
    }

    /** The unique relation on the target that names this one as its inverse, if any. */
    private static BoundRelation implicitInverse(BoundRelation relation, ModelRelations other) {
        for (BoundRelation candidate : other.all()) {
            if (relation.name().equals(candidate.declaredInverse()) && candidate.target() == relation.owner()
                    && candidate.kind().pairsWith(relation.kind())) {
                return candidate;
            }
        }
        return null;
    }
}
