package org.activerecord4j.cli.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;
import org.activerecord4j.cli.source.GeneratorException;
import org.activerecord4j.cli.source.Identifiers;
import org.activerecord4j.cli.source.RelationDeclaration;
import org.activerecord4j.cli.source.RelationKind;
import org.activerecord4j.cli.source.SourceModel;
import org.activerecord4j.cli.source.SourceTree;
import org.activerecord4j.schema.Conventions;
import org.activerecord4j.schema.DdlWriter;

/**
 * Plans {@code ar4j generate model Order user:references total:decimal{10,2}}: the new model's source (sync,
 * extending {@code OrderRecord}, or async, extending {@code OrderAsyncRecord}), the has_many inverse of each
 * reference on its target, and the {@code CREATE TABLE} migration.
 */
public final class ModelPlanner {

    private final SourceTree tree;
    private final DdlWriter writer;
    private final Generation generation;

    /**
     * Creates a planner.
     *
     * @param generation the models, the dialect and the migration's place
     */
    public ModelPlanner(Generation generation) {
        this.tree = generation.tree();
        this.writer = generation.writer();
        this.generation = generation;
    }

    /**
     * Plans a new model.
     *
     * @param name the class name, e.g. {@code Order}
     * @param packageName its package, or null to use the one package the existing models are in
     * @param arguments its fields, e.g. {@code user:references}, {@code total:decimal{10,2}}
     * @param async whether the model is async; referenced models must be of the same kind
     * @return the changes; empty when the model exists exactly as it would be generated
     * @throws GeneratorException on a bad name, package or field, an unknown referenced model or one of the
     *     other kind, or an existing model that differs
     */
    public Changes plan(String name, String packageName, List<String> arguments, boolean async) {
        if (!Identifiers.isModelName(name)) {
            throw new GeneratorException("'" + name + "' is not a model name: use UpperCamelCase letters and digits, e.g. Order");
        }
        List<FieldSpec> fields = fields(name, arguments);
        String pkg = packageName != null ? packageName : inferredPackage();
        if (!pkg.isEmpty() && !SourceVersion.isName(pkg)) {
            throw new GeneratorException("--package '" + pkg + "' is not a Java package name, e.g. com.example.shop");
        }
        Path file = tree.root().resolve(pkg.replace('.', '/')).resolve(name + ".java");
        PlanBuilder plan = generation.plan();
        String inverse = Identifiers.camelCase(Conventions.tableName(name));
        List<RelationDeclaration> relations = new ArrayList<>();
        List<SourceModel> targets = new ArrayList<>();
        TreeSet<String> imports = new TreeSet<>(List.of("org.activerecord4j.Table"));
        List<FieldSpec> declared = new ArrayList<>();
        for (FieldSpec given : fields) {
            FieldSpec field = given;
            if (field.references() != null) {
                SourceModel target = ModelKinds.requireReferenceable(field.column().replaceFirst("_id$", "") + ":references",
                        name, async, referenced(name, field));
                // The key column has the referenced key's type, or the foreign key cannot reference it.
                String keyType = plan.keyType(target);
                field = field.withKeyType(keyType, PlanBuilder.keyImport(keyType));
                targets.add(target);
                relations.add(new RelationDeclaration(Identifiers.camelCase(field.column().replaceFirst("_id$", "")),
                        RelationKind.BELONGS_TO, target.name(), field.column(), null, null, inverse, async));
                if (!target.packageName().equals(pkg)) {
                    imports.add(ModelEdits.qualifiedName(target));
                }
            }
            if (field.imported() != null) {
                imports.add(field.imported());
            }
            if (field.annotation() != null) {
                imports.add(ModelEdits.COLUMN);
            }
            declared.add(field);
        }
        ModelEdits.importsOf(relations, imports);
        String text = ModelTemplate.render(pkg, name, Conventions.tableName(name),
                declared.stream().map(FieldSpec::lines).toList(), relations, imports, async);
        Optional<SourceModel> existing = tree.model(name);
        if (existing.isPresent() && !(existing.get().file().equals(file) && existing.get().text().equals(text))) {
            throw new GeneratorException("Model " + name + " already exists (" + existing.get().file() + ") and differs from "
                    + "what this command generates; generate model writes new models only: add fields by hand and "
                    + "relations with ar4j generate relation (no file was changed)");
        }
        if (existing.isEmpty() && tree.declaresType(name)) {
            throw new GeneratorException("A class " + name + " that is not a model exists under " + tree.root()
                    + "; choose another name (no file was changed)");
        }
        if (existing.isEmpty()) {
            plan.newModel(file, text);
        }
        SourceModel created = SourceTree.parseModels(file, text).get(0);
        for (int i = 0; i < relations.size(); i++) {
            RelationDeclaration relation = relations.get(i);
            plan.edits().declare(targets.get(i), new RelationDeclaration(inverse, RelationKind.HAS_MANY, name,
                    relation.foreignKey(), null, null, relation.name(), async), List.of(created));
        }
        return plan.build(name + " " + String.join(" ", arguments),
                MigrationDialect.header("ar4j generate model " + name + " " + String.join(" ", arguments), writer.dialect()));
    }

    private List<FieldSpec> fields(String name, List<String> arguments) {
        List<FieldSpec> fields = arguments.stream().map(FieldSpec::parse).toList();
        Set<String> columns = new HashSet<>(Set.of("id"));
        for (FieldSpec field : fields) {
            if (!columns.add(field.column())) {
                throw new GeneratorException("Model " + name + " would have column '" + field.column() + "' twice"
                        + (field.column().equals("id") ? " (every generated model has the key id)" : ""));
            }
        }
        return fields;
    }

    private SourceModel referenced(String name, FieldSpec field) {
        if (field.references().equals(name)) {
            throw new GeneratorException("Field '" + field.column() + "': " + name + " cannot reference itself while it is "
                    + "generated; generate the model, then the relation with ar4j generate relation");
        }
        return tree.model(field.references()).orElseThrow(() -> new GeneratorException("Field '"
                + field.column().replaceFirst("_id$", "") + ":references': " + tree.unknownModel(field.references())));
    }

    private String inferredPackage() {
        Set<String> packages = new TreeSet<>();
        tree.models().forEach(model -> packages.add(model.packageName()));
        if (packages.size() == 1) {
            return packages.iterator().next();
        }
        throw new GeneratorException("--package is needed: " + (packages.isEmpty()
                ? "there is no model under " + tree.root() + " to take the package from"
                : "the models under " + tree.root() + " are in several packages: " + String.join(", ", packages)));
    }
}
