package org.activerecord4j.internal.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.activerecord4j.Model;
import org.activerecord4j.RelationDefinitionException;
import org.activerecord4j.RelationNotFoundException;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.relation.Relation;

/**
 * The relations a model declares, bound on first use and validated (inverses included) before any
 * of them is used. Thread-safe.
 */
public final class ModelRelations {

    private static final ClassValue<ModelRelations> CACHE = new ClassValue<>() {
        @Override
        protected ModelRelations computeValue(Class<?> type) {
            return new ModelRelations(type);
        }
    };

    private final ModelInfo<?> model;
    private final Map<String, BoundRelation> byName;
    private final Map<Relation<?>, BoundRelation> byRelation = new IdentityHashMap<>();
    private volatile boolean validated;

    private ModelRelations(Class<?> type) {
        this.model = ModelInfo.of(type);
        Map<String, BoundRelation> named = new TreeMap<>();
        for (Field field : relationFields(type)) {
            Relation<?> relation = read(field);
            BoundRelation bound = RelationBinder.bind(model, field.getName(), relation, typeArgument(field));
            named.put(bound.name(), bound);
            byRelation.put(relation, bound);
        }
        this.byName = named;
    }

    /**
     * Returns the validated relations of {@code type}.
     *
     * @param type a model class
     * @return its relations
     * @throws RelationDefinitionException when a relation of it is declared wrongly
     */
    public static ModelRelations of(Class<?> type) {
        ModelRelations relations = CACHE.get(type);
        if (!relations.validated) {
            relations.validate();
        }
        return relations;
    }

    /** Binds without validating inverses, for the validator of another model. */
    static ModelRelations bound(Class<?> type) {
        return CACHE.get(type);
    }

    private synchronized void validate() {
        if (validated) {
            return;
        }
        for (BoundRelation relation : byName.values()) {
            RelationValidator.resolveInverse(relation);
        }
        validated = true;
    }

    /**
     * Returns the relation named {@code name}.
     *
     * @param name the relation's name
     * @return the relation
     * @throws RelationNotFoundException listing the model's relations
     */
    public BoundRelation named(String name) {
        BoundRelation relation = byName.get(name);
        if (relation == null) {
            throw new RelationNotFoundException("Unknown relation '" + name + "' on " + model.name() + "; known relations: "
                    + names());
        }
        return relation;
    }

    /**
     * Returns the relation named {@code name}, or null.
     *
     * @param name the name
     * @return the relation or null
     */
    public BoundRelation namedOrNull(String name) {
        return byName.get(name);
    }

    /**
     * Returns the binding of {@code relation} on this model, or null when the model does not declare it.
     *
     * @param relation the declared relation object
     * @return the binding or null
     */
    public BoundRelation boundOrNull(Relation<?> relation) {
        return byRelation.get(relation);
    }

    /**
     * Returns every relation, sorted by name.
     *
     * @return the relations
     */
    public Collection<BoundRelation> all() {
        return byName.values();
    }

    /**
     * Returns the relation names for messages.
     *
     * @return e.g. {@code comments, posts, profile}, or {@code (none)}
     */
    public String names() {
        return byName.isEmpty() ? "(none)" : String.join(", ", byName.keySet());
    }

    private static List<Field> relationFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Model.class && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && Relation.class.isAssignableFrom(field.getType())) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static Relation<?> read(Field field) {
        try {
            field.setAccessible(true);
            Relation<?> relation = (Relation<?>) field.get(null);
            if (relation == null) {
                throw new RelationDefinitionException("Relation " + field.getDeclaringClass().getSimpleName() + "."
                        + field.getName() + " is null; declare it as a static final field initialised with belongsTo(...), "
                        + "hasOne(...), hasMany(...) or hasManyThrough(...)");
            }
            return relation;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> typeArgument(Field field) {
        Type type = field.getGenericType();
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments()[0] instanceof Class<?> target) {
            return target;
        }
        return null;
    }
}
