package org.activerecord4j.cli.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.activerecord4j.cli.source.GeneratorException;
import org.activerecord4j.cli.source.Identifiers;
import org.activerecord4j.cli.source.RelationDeclaration;
import org.activerecord4j.cli.source.RelationKind;
import org.activerecord4j.cli.source.SourceModel;
import org.activerecord4j.schema.Conventions;

/**
 * The edits of one generation to existing models: relations that are missing (a relation of the same name
 * that means something else is a conflict), their accessors, foreign-key fields and imports. One editor
 * per model, so both sides of a relation on one model land in one file.
 *
 * <p>Accessors are written only into models that extend {@code ActiveRecord<User>} or
 * {@code AsyncActiveRecord<User>} directly: the processor writes them into the generated bases
 * {@code UserRecord} and {@code UserAsyncRecord}.
 */
final class ModelEdits {

    static final String RELATION_PACKAGE = "org.activerecord4j.relation.";
    static final String COLUMN = "org.activerecord4j.Column";

    private final Map<String, SourceEditor> editors = new LinkedHashMap<>();
    /** The fields this generation adds, by model and field name, described for messages. */
    private final Map<String, Map<String, String>> added = new LinkedHashMap<>();

    /**
     * Declares {@code wanted} on {@code model} unless it declares the same already, and, when the model has no
     * generated base, its accessors unless methods of their names exist: the getter (no parameter) and, for a
     * belongs_to, the setter (one parameter).
     *
     * @param model the model to edit
     * @param wanted the relation
     * @param related the models the declaration names (target, join model), to import from other packages
     * @throws GeneratorException when a relation of that name means something else, or a field has the name
     */
    void declare(SourceModel model, RelationDeclaration wanted, List<SourceModel> related) {
        Optional<RelationDeclaration> existing = model.relation(wanted.name());
        SourceEditor editor = editor(model);
        if (existing.isPresent()) {
            if (!existing.get().withDefaults(model.name()).equals(wanted.withDefaults(model.name()))) {
                throw new GeneratorException("Conflict: " + model.name() + "." + wanted.name() + " already exists in "
                        + model.file() + " with another definition:\n  declared: " + existing.get().describe()
                        + "\n  asked:    " + wanted.describe() + "\nChange or remove it, or choose other names (--name, "
                        + "--inverse); no file was changed");
            }
        } else if (model.declaresField(wanted.name())) {
            throw new GeneratorException("Conflict: " + model.name() + " (" + model.file() + ") already has a field named '"
                    + wanted.name() + "' that is not this relation; choose another name (--name, --inverse); no file was changed");
        } else {
            requireNew(model, wanted.name(), wanted.describe(), "(--name, --inverse)");
            editor.addRelation(wanted.render());
            editor.addImport(RELATION_PACKAGE + wanted.typeName());
            related.forEach(other -> editor.addImport(qualifiedName(other)));
        }
        if (!model.generatedBase()) {
            addAccessors(editor, model, wanted);
        }
    }

    private static void addAccessors(SourceEditor editor, SourceModel model, RelationDeclaration wanted) {
        boolean getter = !model.declaresAccessor(wanted.name());
        boolean setter = wanted.kind() == RelationKind.BELONGS_TO && !model.declaresSetter(wanted.name());
        if (getter) {
            editor.addMethod(wanted.getter());
            wanted.accessorImports().forEach(editor::addImport);
        }
        if (setter) {
            editor.addMethod(wanted.setter());
        }
    }

    /**
     * Adds the field of a foreign-key column to {@code holder}.
     *
     * @param holder the model whose table gets the column
     * @param column the column, e.g. {@code user_id}
     * @param type the field's type, the referenced key's: {@code Long}, {@code UUID} (imported when needed)
     * @throws GeneratorException when a field of that name maps to another column
     */
    void addKeyField(SourceModel holder, String column, String type) {
        String field = Identifiers.camelCase(column);
        if (holder.declaresField(field)) {
            throw new GeneratorException("Conflict: " + holder.name() + " (" + holder.file() + ") has a field '" + field
                    + "' that is not column " + column + "; no file was changed");
        }
        requireNew(holder, field, "the key field of column " + column, "(--name, --inverse, --foreign-key)");
        SourceEditor editor = editor(holder);
        String imported = PlanBuilder.keyImport(type);
        if (imported != null) {
            editor.addImport(imported);
        }
        if (Conventions.columnName(field).equals(column)) {
            editor.addColumnField(List.of("public " + type + " " + field + ";"));
        } else {
            editor.addColumnField(List.of("@Column(\"" + column + "\")", "public " + type + " " + field + ";"));
            editor.addImport(COLUMN);
        }
    }

    /**
     * Each edited model with its new text; models whose text would not change are left out. Models declared in
     * one file get that file's text with the edits of each.
     */
    Map<SourceModel, String> edited() {
        Map<Path, List<SourceEditor>> byFile = new LinkedHashMap<>();
        editors.values().forEach(editor -> byFile.computeIfAbsent(editor.model().file(), file -> new ArrayList<>()).add(editor));
        Map<SourceModel, String> edited = new LinkedHashMap<>();
        for (SourceEditor editor : editors.values()) {
            String text = SourceEditor.result(byFile.get(editor.model().file()));
            if (!text.equals(editor.model().text())) {
                edited.put(editor.model(), text);
            }
        }
        return edited;
    }

    /** Adds to {@code imports} the relation types a new model declares; it has a generated base, so no accessors. */
    static void importsOf(List<RelationDeclaration> relations, SortedSet<String> imports) {
        for (RelationDeclaration relation : relations) {
            imports.add(RELATION_PACKAGE + relation.typeName());
        }
    }

    /**
     * Remembers that this generation adds field {@code field} to {@code model}; a second field of that name (a
     * self-referential relation and its inverse, or a relation and a key field) is a conflict.
     */
    private void requireNew(SourceModel model, String field, String description, String flags) {
        String earlier = added.computeIfAbsent(model.name(), name -> new LinkedHashMap<>()).putIfAbsent(field, description);
        if (earlier != null) {
            throw new GeneratorException("Conflict: this generation would add two fields named '" + field + "' to "
                    + model.name() + " (" + model.file() + "): " + earlier + " and " + description + "; choose other names "
                    + flags + "; no file was changed");
        }
    }

    static String qualifiedName(SourceModel model) {
        return model.packageName().isEmpty() ? model.name() : model.packageName() + "." + model.name();
    }

    private SourceEditor editor(SourceModel model) {
        return editors.computeIfAbsent(model.name(), name -> new SourceEditor(model));
    }
}
