package org.activerecord4j.cli.source;

import java.util.ArrayList;
import java.util.List;
import org.activerecord4j.schema.Conventions;

/**
 * One relation field of a model, as read from its source or as the generator is asked to write it:
 * its name, kind, target model, keys, join model and inverse. A value read from source leaves unset what
 * the declaration leaves to the runtime's defaults; {@link #withDefaults} fills them in, so two
 * declarations compare by meaning. Immutable.
 *
 * @param name the field's name, e.g. {@code orders}
 * @param kind the kind
 * @param target the target model's simple name
 * @param foreignKey the foreign key (the join model's key to the owner for has_many_through), or null for the default
 * @param targetForeignKey the join model's key to the target (has_many_through only), or null for the default
 * @param through the join model's simple name (has_many_through only), else null
 * @param inverse the inverse relation's name, or null for none
 * @param async whether it is of an async type ({@code AsyncHasMany}), declared on an async model
 */
public record RelationDeclaration(String name, RelationKind kind, String target, String foreignKey,
        String targetForeignKey, String through, String inverse, boolean async) {

    /**
     * Returns this declaration with the runtime's default keys filled in.
     *
     * @param owner the simple name of the model that declares it
     * @return the declaration with both keys set (the target key only for has_many_through)
     */
    public RelationDeclaration withDefaults(String owner) {
        String key = foreignKey != null ? foreignKey
                : Conventions.foreignKey(kind == RelationKind.BELONGS_TO ? target : owner);
        String targetKey = kind == RelationKind.HAS_MANY_THROUGH && targetForeignKey == null
                ? Conventions.foreignKey(target) : targetForeignKey;
        return new RelationDeclaration(name, kind, target, key, targetKey, through, inverse, async);
    }

    /**
     * Returns the field declaration, on one line.
     *
     * @return e.g. {@code public static final BelongsTo<User> user = belongsTo(foreignKey("user_id"), inverseOf("orders"));}
     */
    public String render() {
        return "public static final " + describe() + ";";
    }

    /**
     * Returns the declaration without modifiers, for messages.
     *
     * @return e.g. {@code BelongsTo<User> user = belongsTo(foreignKey("user_id"), inverseOf("orders"))}
     */
    public String describe() {
        List<String> options = new ArrayList<>();
        if (through != null) {
            options.add("through(" + through + ".class)");
        }
        if (foreignKey != null) {
            options.add((kind == RelationKind.HAS_MANY_THROUGH ? "sourceForeignKey" : "foreignKey") + "(\"" + foreignKey + "\")");
        }
        if (targetForeignKey != null) {
            options.add("targetForeignKey(\"" + targetForeignKey + "\")");
        }
        if (inverse != null) {
            options.add("inverseOf(\"" + inverse + "\")");
        }
        return typeName() + "<" + target + "> " + name + " = " + kind.factory() + "(" + String.join(", ", options) + ")";
    }

    /**
     * Returns the relation class's simple name; the factory is the same for both kinds, as each base
     * declares its own.
     *
     * @return e.g. {@code HasMany} or {@code AsyncHasMany}
     */
    public String typeName() {
        return ModelBases.relationPrefix(async) + kind.typeName();
    }

    /**
     * Returns the method that reads the relation, as lines indented by four spaces per level.
     *
     * @return e.g. {@code public List<Order> orders() { return orders.of(this); }} with its Javadoc; for an
     *     async relation it returns {@code CompletableFuture<List<Order>>}
     */
    public List<String> getter() {
        String read = kind.toMany() ? "List<" + target + ">" : target;
        String words = Identifiers.words(name);
        String javadoc;
        if (async) {
            javadoc = kind.toMany() ? "/** @return a future of the " + words + ", empty when there are none */"
                    : "/** @return a future of the " + words + ", or of null when there is none */";
        } else {
            javadoc = kind.toMany() ? "/** @return the " + words + " */"
                    : "/** @return the " + words + ", or null when there is none */";
        }
        String returned = async ? "CompletableFuture<" + read + ">" : read;
        return List.of(javadoc, "public " + returned + " " + name + "() {", "    return " + name + ".of(this);", "}");
    }

    /**
     * Returns the method that assigns a belongs_to (sets the foreign key and caches the parent, in memory for
     * both kinds), as lines indented by four spaces per level.
     *
     * @return e.g. {@code public void user(User value) { user.set(this, value); }} with its Javadoc
     * @throws IllegalStateException for the other kinds, which have no setter
     */
    public List<String> setter() {
        if (kind != RelationKind.BELONGS_TO) {
            throw new IllegalStateException(kind.label() + " has no setter");
        }
        return List.of("/** @param value the new " + Identifiers.words(name) + " (its key is copied), or null */",
                "public void " + name + "(" + target + " value) {", "    " + name + ".set(this, value);", "}");
    }

    /**
     * Returns the classes the accessors use besides the target.
     *
     * @return {@code java.util.List} for lists, {@code java.util.concurrent.CompletableFuture} when async
     */
    public List<String> accessorImports() {
        List<String> imports = new ArrayList<>();
        if (kind.toMany()) {
            imports.add("java.util.List");
        }
        if (async) {
            imports.add("java.util.concurrent.CompletableFuture");
        }
        return imports;
    }
}
