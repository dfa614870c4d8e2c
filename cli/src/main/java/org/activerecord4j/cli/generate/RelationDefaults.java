package org.activerecord4j.cli.generate;

import org.activerecord4j.cli.source.Identifiers;
import org.activerecord4j.cli.source.RelationKind;
import org.activerecord4j.schema.Conventions;

/** The names the generator suggests, which are those the runtime assumes when a declaration leaves them out. */
public final class RelationDefaults {

    private RelationDefaults() {
    }

    /**
     * Returns the name of a relation to {@code target}: {@code user} for one, {@code orders} for many.
     *
     * @param kind the relation's kind
     * @param target the target model
     * @return the field name
     */
    public static String name(RelationKind kind, String target) {
        return kind.toMany() ? Identifiers.camelCase(Conventions.tableName(target)) : Identifiers.lowerFirst(target);
    }

    /**
     * Returns the foreign key: {@code {target}_id} for belongs_to, {@code {source}_id} otherwise.
     *
     * @param kind the relation's kind
     * @param source the model declaring it
     * @param target its target
     * @return the column
     */
    public static String foreignKey(RelationKind kind, String source, String target) {
        return Conventions.foreignKey(kind == RelationKind.BELONGS_TO ? target : source);
    }

    /**
     * Returns the kind of the inverse of a relation.
     *
     * @param kind the relation's kind
     * @param belongsToInverse what a belongs_to's inverse is: has_many or has_one
     * @return the inverse's kind
     */
    public static RelationKind inverseKind(RelationKind kind, RelationKind belongsToInverse) {
        return switch (kind) {
            case BELONGS_TO -> belongsToInverse;
            case HAS_ONE, HAS_MANY -> RelationKind.BELONGS_TO;
            case HAS_MANY_THROUGH -> RelationKind.HAS_MANY_THROUGH;
        };
    }

    /**
     * Returns the join model's name: {@code UserRole} for {@code User} and {@code Role}.
     *
     * @param source the model declaring the has_many_through
     * @param target its target
     * @return the join model's name
     */
    public static String through(String source, String target) {
        return source + target;
    }
}
