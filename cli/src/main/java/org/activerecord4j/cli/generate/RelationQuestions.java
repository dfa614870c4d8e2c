package org.activerecord4j.cli.generate;

import org.activerecord4j.cli.prompt.Interview;
import org.activerecord4j.cli.source.GeneratorException;
import org.activerecord4j.cli.source.Identifiers;
import org.activerecord4j.cli.source.ModelBases;
import org.activerecord4j.cli.source.RelationKind;
import org.activerecord4j.cli.source.SourceModel;
import org.activerecord4j.cli.source.SourceTree;
import org.activerecord4j.schema.Conventions;

/**
 * The questions of {@code ar4j generate relation}, in this order: source model, type, target model,
 * foreign key (for has_many_through: join model and both keys), inverse name, sync or async (by default the
 * source model's kind). Each answer is checked at once against the sources: a target or a kind other than
 * the source model's is refused.
 */
public final class RelationQuestions {

    private static final String NONE = "none";

    private final SourceTree tree;
    private final Interview interview;

    /**
     * Creates the questions.
     *
     * @param tree the project's models, which answers are checked against
     * @param interview how answers are got
     */
    public RelationQuestions(SourceTree tree, Interview interview) {
        this.tree = tree;
        this.interview = interview;
    }

    /**
     * Gets every answer.
     *
     * @param flags what the command line says
     * @return the request, defaults applied
     * @throws GeneratorException when an answer cannot be had or will not do
     */
    public RelationRequest ask(RelationFlags flags) {
        SourceModel source = interview.answer("--source", flags.source(), "Source model", null, tree::requireModel);
        RelationKind kind = interview.answer("--type", flags.type(),
                "Relation type (" + RelationKind.labels() + ")", null, RelationQuestions::kind);
        SourceModel target = interview.answer("--target", flags.target(), "Target model", null,
                answer -> ModelKinds.requireSame(source, tree.requireModel(answer), ""));
        requireApplicable(kind, flags);
        String name = flags.name() != null ? fieldName("--name", flags.name()) : RelationDefaults.name(kind, target.name());
        String foreignKey;
        String through = null;
        String targetForeignKey = null;
        if (kind == RelationKind.HAS_MANY_THROUGH) {
            through = interview.answer("--through", flags.through(), "Join model",
                    RelationDefaults.through(source.name(), target.name()), answer -> joinModel(answer, source, target));
            foreignKey = interview.answer("--foreign-key", flags.foreignKey(), "Foreign key to " + source.name() + " in "
                    + through, Conventions.foreignKey(source.name()), RelationQuestions::column);
            String sourceKey = foreignKey;
            targetForeignKey = interview.answer("--target-foreign-key", flags.targetForeignKey(), "Foreign key to "
                    + target.name() + " in " + through, Conventions.foreignKey(target.name()),
                    answer -> differentColumn(answer, sourceKey, source.name().equals(target.name()) ? source.name() : null));
        } else {
            foreignKey = interview.answer("--foreign-key", flags.foreignKey(), "Foreign key",
                    RelationDefaults.foreignKey(kind, source.name(), target.name()), RelationQuestions::column);
        }
        RelationKind belongsToInverse = flags.inverseType() == null ? RelationKind.HAS_MANY : inverseType(flags.inverseType());
        RelationKind inverseKind = RelationDefaults.inverseKind(kind, belongsToInverse);
        String inverse = interview.answer("--inverse", flags.inverse(), "Inverse relation on " + target.name() + ", or "
                + NONE, RelationDefaults.name(inverseKind, source.name()), answer -> inverse(answer, source, target, name));
        boolean async = interview.answer("--async", flags.async() == null ? null : ModelBases.kind(flags.async()),
                "Sync or async", ModelBases.kind(source.async()), answer -> ModelKinds.requireAsked(source, async(answer)));
        return new RelationRequest(source.name(), kind, target.name(), name, foreignKey, through, targetForeignKey, inverse,
                belongsToInverse, flags.joinColumns(), async);
    }

    /** Flags that only some kinds take are refused for the others, rather than ignored. */
    private static void requireApplicable(RelationKind kind, RelationFlags flags) {
        boolean through = kind == RelationKind.HAS_MANY_THROUGH;
        if (!through && (flags.through() != null || flags.targetForeignKey() != null || !flags.joinColumns().isEmpty())) {
            throw new GeneratorException("--through, --target-foreign-key and --join-column apply to has_many_through, not to "
                    + kind.label());
        }
        if (kind != RelationKind.BELONGS_TO && flags.inverseType() != null) {
            throw new GeneratorException("--inverse-type applies to belongs_to, not to " + kind.label());
        }
    }

    private static RelationKind kind(String answer) {
        return RelationKind.ofLabel(answer).orElseThrow(() -> new GeneratorException("Unknown relation type '" + answer
                + "'; choose one of: " + RelationKind.labels()));
    }

    private static RelationKind inverseType(String answer) {
        RelationKind kind = kind(answer);
        if (kind != RelationKind.HAS_MANY && kind != RelationKind.HAS_ONE) {
            throw new GeneratorException("--inverse-type must be has_many or has_one (the inverse of a belongs_to) but was '"
                    + answer + "'");
        }
        return kind;
    }

    private static String column(String answer) {
        String problem = Identifiers.columnProblem(answer);
        if (problem != null) {
            throw new GeneratorException("Foreign key " + problem);
        }
        String field = Identifiers.camelCase(answer);
        if (!Identifiers.isFieldName(field)) {
            throw new GeneratorException("Foreign key '" + answer + "' would be the Java field '" + field
                    + "', which is a Java keyword; choose another column name");
        }
        return answer;
    }

    /** {@code selfModel} is the model of a has_many_through to itself, whose keys are named after their roles; else null. */
    private static String differentColumn(String answer, String other, String selfModel) {
        if (answer.equals(other)) {
            throw new GeneratorException("The two foreign keys of the join model must differ but both are '" + answer + "'"
                    + (selfModel == null ? "" : ": a has_many_through of " + selfModel + " to itself needs a key to the "
                            + selfModel + " that has the relation (--foreign-key, e.g. follower_id) and another to the "
                            + selfModel + " it reaches (--target-foreign-key, e.g. followed_id)"));
        }
        return column(answer);
    }

    private String joinModel(String answer, SourceModel source, SourceModel target) {
        if (!Identifiers.isModelName(answer)) {
            throw new GeneratorException("'" + answer + "' is not a model name: use UpperCamelCase, e.g. UserRole");
        }
        if (answer.equals(source.name()) || answer.equals(target.name())) {
            throw new GeneratorException("The join model of " + source.name() + " has_many_through " + target.name()
                    + " must be a third model, not " + answer + "; e.g. " + RelationDefaults.through(source.name(), target.name()));
        }
        if (tree.model(answer).isEmpty() && tree.declaresType(answer)) {
            throw new GeneratorException(tree.unknownModel(answer));
        }
        return answer;
    }

    private static String inverse(String answer, SourceModel source, SourceModel target, String name) {
        if (answer.equals(NONE)) {
            return null;
        }
        if (!Identifiers.isFieldName(answer)) {
            throw new GeneratorException("The inverse '" + answer + "' is not a relation name: use lowerCamelCase letters and "
                    + "digits, e.g. orders, or " + NONE + " for no inverse");
        }
        // A self-referential relation and its inverse are both fields of the one model.
        if (source.name().equals(target.name()) && answer.equals(name)) {
            throw new GeneratorException("The inverse '" + answer + "' (--inverse) is the name of the relation itself (--name), "
                    + "and both would be fields of " + target.name() + "; choose another name, or " + NONE);
        }
        // A relation of that name may be this inverse (a rerun), which only the plan can tell; any other field is not.
        if (target.declaresField(answer) && target.relation(answer).isEmpty()) {
            throw new GeneratorException(target.name() + " (" + target.file() + ") already has a field named '" + answer
                    + "' that is not a relation; choose another name, or " + NONE);
        }
        return answer;
    }

    private static String fieldName(String flag, String answer) {
        if (!Identifiers.isFieldName(answer)) {
            throw new GeneratorException(flag + " '" + answer + "' is not a relation name: use lowerCamelCase letters and "
                    + "digits, e.g. orders");
        }
        return answer;
    }

    private static boolean async(String answer) {
        return switch (answer) {
            case "sync" -> false;
            case "async" -> true;
            default -> throw new GeneratorException("Answer sync or async, not '" + answer + "'");
        };
    }
}
