package org.activerecord4j.cli.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.activerecord4j.cli.source.GeneratorException;
import org.activerecord4j.cli.source.Identifiers;
import org.activerecord4j.cli.source.RelationDeclaration;
import org.activerecord4j.cli.source.RelationKind;
import org.activerecord4j.cli.source.SourceField;
import org.activerecord4j.cli.source.SourceModel;
import org.activerecord4j.cli.source.SourceTree;
import org.activerecord4j.schema.DdlWriter;

/**
 * Plans {@code ar4j generate relation}: the relation on the source model, its inverse on the target, the
 * foreign-key field where the key lives (the source for belongs_to, the target for has_one/has_many, the
 * join model for has_many_through, which it creates when missing) and the migration for new columns and
 * tables, and for the foreign key a relation declares on a column the table has already.
 */
public final class RelationPlanner {

    private final SourceTree tree;
    private final DdlWriter writer;
    private final Generation generation;

    /**
     * Creates a planner.
     *
     * @param generation the models, the dialect and the migration's place
     */
    public RelationPlanner(Generation generation) {
        this.tree = generation.tree();
        this.writer = generation.writer();
        this.generation = generation;
    }

    /**
     * Plans the changes for {@code request}.
     *
     * @param request the request
     * @return the changes, empty when the sources already declare it all
     * @throws GeneratorException on unknown models, models of two kinds or of the other kind than asked, or a conflict
     */
    public Changes plan(RelationRequest request) {
        SourceModel source = tree.requireModel(request.source());
        ModelKinds.requireAsked(source, request.async());
        SourceModel target = ModelKinds.requireSame(source, tree.requireModel(request.target()), "");
        PlanBuilder plan = generation.plan();
        RelationKind kind = request.kind();
        RelationKind inverseKind = RelationDefaults.inverseKind(kind, request.belongsToInverse());
        boolean through = kind == RelationKind.HAS_MANY_THROUGH;
        List<SourceModel> related = new ArrayList<>(List.of(target));
        if (through) {
            related.add(joinModel(request, source, target, plan));
        }
        plan.edits().declare(source, new RelationDeclaration(request.name(), kind, target.name(), request.foreignKey(),
                request.targetForeignKey(), request.through(), request.inverse(), request.async()), related);
        if (request.inverse() != null) {
            List<SourceModel> back = new ArrayList<>(related);
            back.set(0, source);
            plan.edits().declare(target, new RelationDeclaration(request.inverse(), inverseKind, source.name(),
                    through ? request.targetForeignKey() : request.foreignKey(), through ? request.foreignKey() : null,
                    request.through(), request.name(), request.async()), back);
        }
        if (!through) {
            SourceModel holder = kind == RelationKind.BELONGS_TO ? source : target;
            SourceModel referenced = kind == RelationKind.BELONGS_TO ? target : source;
            addKeyIfMissing(plan, holder, request.foreignKey(), referenced);
        }
        return plan.build(request.summary(), MigrationDialect.header("ar4j generate relation: " + request.summary(), writer.dialect()));
    }

    /** The existing join model, given the key fields it lacks; or a new one of the source's kind, in its package. */
    private SourceModel joinModel(RelationRequest request, SourceModel source, SourceModel target, PlanBuilder plan) {
        if (tree.model(request.through()).isPresent()) {
            SourceModel join = ModelKinds.requireSame(source, tree.requireModel(request.through()), "the join model ");
            // A rerun of the generation that created the join model names the columns it has: nothing to change.
            boolean declared = request.joinColumns().stream().map(FieldSpec::parse).allMatch(column -> join
                    .fieldForColumn(column.column()).filter(field -> field.type().equals(column.type())).isPresent());
            if (!declared) {
                throw new GeneratorException("--join-column applies when the join model is created, but " + join.name()
                        + " exists (" + join.file() + "); add the columns to it by hand");
            }
            addKeyIfMissing(plan, join, request.foreignKey(), source);
            addKeyIfMissing(plan, join, request.targetForeignKey(), target);
            return join;
        }
        if (tree.declaresType(request.through())) {
            throw new GeneratorException(tree.unknownModel(request.through()));
        }
        List<FieldSpec> extra = request.joinColumns().stream().map(FieldSpec::parse).toList();
        for (FieldSpec field : extra) {
            if (field.references() != null) {
                throw new GeneratorException("--join-column " + field.column() + ": a join column cannot be a reference");
            }
        }
        List<List<String>> fields = new ArrayList<>();
        fields.add(List.of("@Column(nullable = false)", "public " + plan.keyType(source) + " "
                + Identifiers.camelCase(request.foreignKey()) + ";"));
        fields.add(List.of("@Column(nullable = false)", "public " + plan.keyType(target) + " "
                + Identifiers.camelCase(request.targetForeignKey()) + ";"));
        TreeSet<String> imports = new TreeSet<>(List.of(ModelEdits.COLUMN, "org.activerecord4j.Table"));
        for (SourceModel keyed : List.of(source, target)) {
            String imported = PlanBuilder.keyImport(plan.keyType(keyed));
            if (imported != null) {
                imports.add(imported);
            }
        }
        extra.forEach(field -> {
            fields.add(field.lines());
            if (field.imported() != null) {
                imports.add(field.imported());
            }
        });
        boolean toItself = source.name().equals(target.name());
        List<RelationDeclaration> relations = List.of(
                new RelationDeclaration(joinRelationName(request, source, request.foreignKey(), toItself),
                        RelationKind.BELONGS_TO, source.name(), request.foreignKey(), null, null, null, request.async()),
                new RelationDeclaration(joinRelationName(request, target, request.targetForeignKey(), toItself),
                        RelationKind.BELONGS_TO, target.name(), request.targetForeignKey(), null, null, null, request.async()));
        ModelEdits.importsOf(relations, imports);
        for (SourceModel model : List.of(source, target)) {
            if (!model.packageName().equals(source.packageName())) {
                imports.add(ModelEdits.qualifiedName(model));
            }
        }
        Path file = source.file().resolveSibling(request.through() + ".java");
        String text = ModelTemplate.render(source.packageName(), request.through(),
                org.activerecord4j.schema.Conventions.tableName(request.through()), fields, relations, imports, request.async());
        plan.newModel(file, text);
        return SourceTree.parseModels(file, text).get(0);
    }

    /**
     * The name of the join model's BelongsTo on {@code key}: the model's, {@code user} for {@code UserRole.user_id};
     * for a has_many_through of a model to itself, whose two keys refer to the one model, the key's without
     * {@code _id} ({@code follower} for {@code follower_id}), refused when it meets a key field's name.
     */
    private static String joinRelationName(RelationRequest request, SourceModel model, String key, boolean toItself) {
        if (!toItself) {
            return Identifiers.lowerFirst(model.name());
        }
        String name = withoutIdSuffix(key);
        for (String other : List.of(request.foreignKey(), request.targetForeignKey())) {
            if (Identifiers.camelCase(other).equals(name) || !other.equals(key) && withoutIdSuffix(other).equals(name)) {
                throw new GeneratorException("The join model " + request.through() + " would have two members named '" + name
                        + "' (for the keys " + request.foreignKey() + " and " + request.targetForeignKey() + "); choose another "
                        + "--foreign-key or --target-foreign-key");
            }
        }
        return name;
    }

    /** {@code follower} for {@code follower_id}; the field name of a column without that ending. */
    private static String withoutIdSuffix(String key) {
        return Identifiers.camelCase(key.endsWith("_id") && key.length() > 3 ? key.substring(0, key.length() - 3) : key);
    }

    /** Adds the key field of {@code column} to {@code holder}, or checks the type of the one it has. */
    private static void addKeyIfMissing(PlanBuilder plan, SourceModel holder, String column, SourceModel referenced) {
        Optional<SourceField> existing = holder.fieldForColumn(column);
        if (existing.isPresent()) {
            plan.requireKeyType(holder, existing.get(), referenced);
        } else {
            plan.edits().addKeyField(holder, column, plan.keyType(referenced));
            plan.newColumn(holder, column, referenced);
        }
    }
}
