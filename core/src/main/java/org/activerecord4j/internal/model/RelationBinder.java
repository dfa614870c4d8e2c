package org.activerecord4j.internal.model;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.activerecord4j.Model;
import org.activerecord4j.RelationDefinitionException;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.model.Naming;
import org.activerecord4j.query.Order;
import org.activerecord4j.query.Property;
import org.activerecord4j.relation.Dependent;
import org.activerecord4j.relation.Relation;
import org.activerecord4j.relation.RelationOption;

/** Resolves a declared relation against its models: target, join model, key columns, order. */
final class RelationBinder {

    private RelationBinder() {
    }

    static BoundRelation bind(ModelInfo<?> owner, String name, Relation<?> relation, Class<?> typeArgument) {
        RelationKind kind = RelationKind.of(relation);
        String label = owner.name() + "." + name;
        FrontDoors.checkRelationType(owner.type(), label, relation.getClass());
        String type = kind.label(RelationKind.isAsync(relation.getClass()));
        Options options = new Options(relation.options());
        ModelInfo<?> target = ModelInfo.of(resolve(owner, label, "target", options.target, typeArgument));
        FrontDoors.checkRelated(owner.type(), label, "target", target.type());
        if (options.dependent != null && !kind.allowsDependent()) {
            throw new RelationDefinitionException("Relation " + label + " (" + type + ") cannot be dependent(" + options.dependent
                    + "); dependent applies to HasOne, HasMany and HasManyThrough");
        }
        if (options.order != null && !kind.toMany()) {
            throw new RelationDefinitionException("Relation " + label + " (" + type + ") cannot have orderBy(\"" + options.order
                    + "\"); orderBy applies to HasMany and HasManyThrough");
        }
        if (!kind.throughJoin() && (options.through != null || options.targetForeignKey != null)) {
            throw new RelationDefinitionException("Relation " + label + " (" + type + ") cannot have through(...) or "
                    + "targetForeignKey(...); they apply to HasManyThrough");
        }
        ModelInfo<?> join = null;
        if (kind.throughJoin()) {
            if (options.through == null) {
                throw new RelationDefinitionException("Relation " + label + " (" + type + ") needs through(JoinModel.class) "
                        + "or through(\"JoinModel\")");
            }
            join = ModelInfo.of(resolve(owner, label, "join model", options.through, null));
            FrontDoors.checkRelated(owner.type(), label, "join model", join.type());
        }
        ColumnInfo foreignKey = column(label, type, kind.keyHolder(owner, target, join),
                orDefault(options.foreignKey, kind.keyNamedAfter(owner, target)),
                kind.throughJoin() ? "source foreign key" : "foreign key");
        ColumnInfo targetForeignKey = kind.throughJoin()
                ? column(label, type, join, orDefault(options.targetForeignKey, target), "target foreign key") : null;
        if (targetForeignKey != null && targetForeignKey.name().equals(foreignKey.name())) {
            throw sameThroughKeys(label, type, owner, target, join, foreignKey);
        }
        // A parent is one row found by its key: it has no order of its own.
        List<Order> order = kind.ownerHoldsKey() ? List.of() : order(label, target, options.order);
        Duration timeToLive = options.cacheSet ? options.timeToLive : null;
        return new BoundRelation(relation, kind, name, owner, target, join, foreignKey, targetForeignKey, order,
                options.dependent, timeToLive, options.inverse);
    }

    /**
     * The refusal of a HasManyThrough whose two keys are one column of the join model: what a model to itself gets
     * when both default to {@code {model}_id}.
     */
    private static RelationDefinitionException sameThroughKeys(String label, String type, ModelInfo<?> owner,
            ModelInfo<?> target, ModelInfo<?> join, ColumnInfo key) {
        String reach = owner == target ? ", so each " + owner.name() + " would reach only itself" : "";
        return new RelationDefinitionException("The source and target foreign keys of relation " + label + " (" + type
                + ") are both '" + key.name() + "' of " + join.name() + " (table " + join.table() + ")" + reach
                + "; give the join model's two keys: sourceForeignKey(...) to the " + owner.name() + " that has the "
                + "relation and targetForeignKey(...) to the " + target.name() + " it reaches, e.g. "
                + "sourceForeignKey(\"follower_id\"), targetForeignKey(\"followed_id\"); columns of " + join.name() + ": "
                + join.columnNames());
    }

    /** {@code {model}_id} in snake_case, unless given. */
    private static String orDefault(String given, ModelInfo<?> model) {
        return given != null ? given : Naming.snakeCase(model.name()) + "_id";
    }

    private static ColumnInfo column(String label, String type, ModelInfo<?> model, String name, String role) {
        if (!model.hasColumn(name)) {
            throw new RelationDefinitionException("The " + role + " '" + name + "' of relation " + label + " (" + type
                    + ") is not a column of " + model.name() + " (table " + model.table() + "); its columns: "
                    + model.columnNames());
        }
        return model.column(name);
    }

    private static Class<?> resolve(ModelInfo<?> owner, String label, String role, Object given, Class<?> fallback) {
        if (given instanceof Class<?> type) {
            return requireModel(label, role, type);
        }
        if (given instanceof String name) {
            if (fallback != null && (fallback.getSimpleName().equals(name) || fallback.getName().equals(name))) {
                return requireModel(label, role, fallback); // the field's type argument says which model of the name
            }
            List<Class<?>> found = ModelInfo.findByName(name, owner.type());
            if (found.isEmpty()) {
                throw new RelationDefinitionException("Unknown " + role + " '" + name + "' of relation " + label
                        + "; known models: " + ModelInfo.knownModelNames());
            }
            if (found.size() > 1) {
                throw new RelationDefinitionException("The " + role + " '" + name + "' of relation " + label
                        + " names several models: " + found.stream().map(Class::getName).collect(Collectors.joining(", "))
                        + "; name it by class (target(" + name + ".class)) or by its full name");
            }
            return found.get(0);
        }
        if (fallback == null) {
            throw new RelationDefinitionException("Relation " + label + " has no " + role + ": give the field a type argument "
                    + "(HasMany<Post>) or name it with target(Post.class)");
        }
        return requireModel(label, role, fallback);
    }

    private static Class<?> requireModel(String label, String role, Class<?> type) {
        if (!Model.class.isAssignableFrom(type)) {
            throw new RelationDefinitionException("The " + role + " " + type.getSimpleName() + " of relation " + label
                    + " is not a model; models extend ActiveRecord or AsyncActiveRecord");
        }
        return type;
    }

    private static List<Order> order(String label, ModelInfo<?> target, String declared) {
        String text = declared != null ? declared : target.primaryKey().name();
        String[] parts = text.trim().split("\\s+");
        String direction = parts.length > 1 ? parts[1].toUpperCase(Locale.ROOT) : "ASC";
        if (parts.length > 2 || !(direction.equals("ASC") || direction.equals("DESC")) || !target.hasColumn(parts[0])) {
            throw new RelationDefinitionException("orderBy(\"" + text + "\") of relation " + label + " must name a column of "
                    + target.name() + " optionally followed by ASC or DESC; its columns: " + target.columnNames());
        }
        ColumnInfo column = target.column(parts[0]);
        Property<?, ?> property = new Property<>(target.type(), column.fieldName());
        Order declaredOrder = direction.equals("ASC") ? property.asc() : property.desc();
        if (column == target.primaryKey()) {
            return List.of(declaredOrder);
        }
        // Ties are broken by the primary key, so lazy and eager reads (and a per-owner limit) agree.
        return List.of(declaredOrder, new Property<>(target.type(), target.primaryKey().fieldName()).asc());
    }

    /** The options of one declaration, by kind. */
    private static final class Options {
        Object target;
        Object through;
        String foreignKey;
        String targetForeignKey;
        String inverse;
        String order;
        Dependent dependent;
        boolean cacheSet;
        Duration timeToLive;

        Options(List<RelationOption> options) {
            for (RelationOption option : options) {
                if (option instanceof RelationOption.Target t) {
                    target = t.type() != null ? t.type() : t.name();
                } else if (option instanceof RelationOption.Through t) {
                    through = t.type() != null ? t.type() : t.name();
                } else if (option instanceof RelationOption.ForeignKey f) {
                    foreignKey = f.column();
                } else if (option instanceof RelationOption.TargetForeignKey f) {
                    targetForeignKey = f.column();
                } else if (option instanceof RelationOption.InverseOf i) {
                    inverse = i.name();
                } else if (option instanceof RelationOption.OrderBy o) {
                    order = o.column();
                } else if (option instanceof RelationOption.DependentOption d) {
                    dependent = d.action();
                } else if (option instanceof RelationOption.Cache c) {
                    cacheSet = true;
                    timeToLive = c.timeToLive();
                }
            }
        }
    }
}
