package org.activerecord4j.cli.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A model class as read from its source file: names, table, column fields, relation fields and the
 * parsed tree the editor positions its insertions with. Immutable once read (the tree is not changed).
 */
public final class SourceModel {

    private final Path file;
    private final String text;
    private final CompilationUnit unit;
    private final ClassOrInterfaceDeclaration type;
    private final String table;
    private final List<SourceField> fields;
    private final List<RelationDeclaration> relations;
    private final Set<String> accessors;
    private final Set<String> setters;
    private final Base base;

    SourceModel(Path file, String text, CompilationUnit unit, ClassOrInterfaceDeclaration type, String table,
            List<SourceField> fields, List<RelationDeclaration> relations, Set<String> accessors, Set<String> setters,
            Base base) {
        this.file = file;
        this.text = text;
        this.unit = unit;
        this.type = type;
        this.table = table;
        this.fields = List.copyOf(fields);
        this.relations = List.copyOf(relations);
        this.accessors = Set.copyOf(accessors);
        this.setters = Set.copyOf(setters);
        this.base = base;
    }

    /**
     * Returns the class's simple name.
     *
     * @return e.g. {@code Order}
     */
    public String name() {
        return type.getNameAsString();
    }

    /**
     * Returns the package.
     *
     * @return e.g. {@code com.example.shop}, or empty for the default package
     */
    public String packageName() {
        return unit.getPackageDeclaration().map(declaration -> declaration.getNameAsString()).orElse("");
    }

    /**
     * Returns the source file.
     *
     * @return the path
     */
    public Path file() {
        return file;
    }

    /**
     * Returns the file's text as read.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Returns the parsed file.
     *
     * @return the compilation unit
     */
    public CompilationUnit unit() {
        return unit;
    }

    /**
     * Returns the parsed class.
     *
     * @return the class declaration
     */
    public ClassOrInterfaceDeclaration type() {
        return type;
    }

    /**
     * Returns the table.
     *
     * @return {@code @Table}'s value, or the convention's name
     */
    public String table() {
        return table;
    }

    /**
     * Returns the column fields in declaration order.
     *
     * @return the fields
     */
    public List<SourceField> fields() {
        return fields;
    }

    /**
     * Returns the relation fields in declaration order, as declared (defaults not filled in).
     *
     * @return the relations
     */
    public List<RelationDeclaration> relations() {
        return relations;
    }

    /**
     * Finds a relation by name.
     *
     * @param name the relation's name
     * @return the relation, or empty
     */
    public Optional<RelationDeclaration> relation(String name) {
        return relations.stream().filter(relation -> relation.name().equals(name)).findFirst();
    }

    /**
     * Finds the field of a column.
     *
     * @param column the column name
     * @return the field, or empty
     */
    public Optional<SourceField> fieldForColumn(String column) {
        return fields.stream().filter(field -> field.columnName().equals(column)).findFirst();
    }

    /**
     * Returns whether the class declares a field (column, relation or other) of this name.
     *
     * @param name the name
     * @return true when it does
     */
    public boolean declaresField(String name) {
        return type.getFieldByName(name).isPresent();
    }

    /**
     * Returns whether the class declares a method of this name without parameters.
     *
     * @param name the method's name
     * @return true when it does
     */
    public boolean declaresAccessor(String name) {
        return accessors.contains(name);
    }

    /**
     * Returns whether the class declares a method of this name with one parameter, such as the setter of a
     * belongs_to.
     *
     * @param name the method's name
     * @return true when it does
     */
    public boolean declaresSetter(String name) {
        return setters.contains(name);
    }

    /**
     * Returns whether it is an async model (extends an async base or declares {@code Async*} relations).
     *
     * @return true for async models
     */
    public boolean async() {
        return base.async();
    }

    /**
     * Returns whether it extends the base the processor generates ({@code UserRecord}, {@code UserAsyncRecord}),
     * which gets the relation accessors, rather than {@code ActiveRecord<User>} or {@code AsyncActiveRecord<User>}.
     *
     * @return true for a generated base
     */
    public boolean generatedBase() {
        return base.generated();
    }

    /**
     * Says what kind of model it is, for messages.
     *
     * @return e.g. {@code User is an async model (extends UserAsyncRecord)}
     */
    public String describeKind() {
        return name() + " is " + (base.async() ? "an async" : "a sync") + " model (extends " + base.written() + ")";
    }

    @Override
    public String toString() {
        return name() + " (" + file + ")";
    }

    /**
     * The class a model extends. Immutable.
     *
     * @param written the class as written, e.g. {@code AsyncActiveRecord<User>}
     * @param generated whether it is the processor's generated base
     * @param async whether the model is async
     */
    record Base(String written, boolean generated, boolean async) {
    }
}
