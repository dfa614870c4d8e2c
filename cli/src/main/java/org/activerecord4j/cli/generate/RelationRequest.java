package org.activerecord4j.cli.generate;

import java.util.List;
import org.activerecord4j.cli.source.RelationKind;

/**
 * Everything {@code ar4j generate relation} was told, defaults already applied. Immutable.
 *
 * @param source the model declaring the relation
 * @param kind the relation's kind
 * @param target the target model
 * @param name the relation's name on the source
 * @param foreignKey the foreign key (for has_many_through, the join model's key to the source)
 * @param through the join model (has_many_through only), else null
 * @param targetForeignKey the join model's key to the target (has_many_through only), else null
 * @param inverse the inverse relation's name on the target, or null for none
 * @param belongsToInverse the kind of a belongs_to's inverse: has_many or has_one
 * @param joinColumns extra columns of a new join model, in {@code generate model}'s syntax
 * @param async whether the relations are async ({@code AsyncBelongsTo}, …), as the models must be
 */
public record RelationRequest(String source, RelationKind kind, String target, String name, String foreignKey,
        String through, String targetForeignKey, String inverse, RelationKind belongsToInverse, List<String> joinColumns,
        boolean async) {

    /**
     * Says what was asked, for messages and the migration's comment.
     *
     * @return e.g. {@code User has_many_through Role via UserRole}
     */
    public String summary() {
        return source + " " + kind.label() + " " + target + (through != null ? " via " + through : "");
    }
}
