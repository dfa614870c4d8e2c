package org.activerecord4j.internal.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.activerecord4j.Model;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.Column;
import org.activerecord4j.FieldAccess;
import org.activerecord4j.Id;
import org.activerecord4j.ModelDefinitionException;
import org.activerecord4j.StrictLoading;
import org.activerecord4j.Table;
import org.activerecord4j.UnknownColumnException;
import org.activerecord4j.internal.types.TypeMapping;

/**
 * Everything activerecord4j knows about one model class: table, columns, primary key and how to
 * instantiate it. Built once per class by reflection ({@link #of(Class)}), then immutable and
 * thread-safe.
 *
 * @param <T> the model type
 */
public final class ModelInfo<T> {

    private static final ClassValue<ModelInfo<?>> CACHE = new ClassValue<>() {
        @Override
        protected ModelInfo<?> computeValue(Class<?> type) {
            return new ModelInfo<>(type);
        }
    };

    /**
     * The models used so far by simple name, one map per kind (a sync and an async twin share their name); several
     * models of one kind may share a simple name, in different packages or classes.
     */
    private static final Map<String, Set<Class<?>>> KNOWN_SYNC = new ConcurrentHashMap<>();
    private static final Map<String, Set<Class<?>>> KNOWN_ASYNC = new ConcurrentHashMap<>();

    private final Class<T> type;
    private final String table;
    private final List<ColumnInfo> columns;
    private final Map<String, ColumnInfo> byName;
    private final Map<String, ColumnInfo> byField;
    private final ColumnInfo primaryKey;
    private final KeyStrategy keyStrategy;
    /** Whether the key is a primitive field the database fills, so that its zero means "no key yet". */
    private final boolean zeroKeyIsNone;
    private final Instantiator<T> instantiator;
    private final Boolean strictLoading;
    private final FieldAccess<T> fieldAccess;

    private ModelInfo(Class<T> type) {
        this.type = type;
        Table tableAnnotation = type.getAnnotation(Table.class);
        this.table = tableAnnotation != null ? tableAnnotation.value() : Naming.tableName(type.getSimpleName());
        List<Field> fields = scanFields(type);
        this.fieldAccess = FieldAccessors.of(type, fields);
        List<ColumnInfo> scanned = new ArrayList<>(fields.size());
        for (Field field : fields) {
            scanned.add(column(type, field, fieldAccess, scanned.size()));
        }
        this.columns = Collections.unmodifiableList(scanned);
        Map<String, ColumnInfo> names = new HashMap<>();
        Map<String, ColumnInfo> fieldNames = new HashMap<>();
        for (ColumnInfo column : columns) {
            names.put(column.name(), column);
            names.putIfAbsent(column.fieldName(), column);
            fieldNames.putIfAbsent(column.fieldName(), column);
        }
        this.byName = Map.copyOf(names);
        this.byField = Map.copyOf(fieldNames);
        this.primaryKey = findPrimaryKey(type, columns);
        this.keyStrategy = keyStrategy(primaryKey);
        this.zeroKeyIsNone = primaryKey.primitive() && keyStrategy == KeyStrategy.DATABASE;
        this.instantiator = Instantiator.of(type);
        StrictLoading strict = type.getAnnotation(StrictLoading.class);
        this.strictLoading = strict == null ? null : strict.value();
        FrontDoors.checkDeclaredRelations(type);
        known(type, true).computeIfAbsent(type.getSimpleName(), name -> ConcurrentHashMap.newKeySet()).add(type);
    }

    /**
     * Finds the models a relation's string names: a full name ({@code com.example.User}) names that class; a simple
     * name, the class nested beside {@code near} or in its package, else the models of that name used so far, those
     * of {@code near}'s kind (sync or async) first (so that a nearby model wins over one of the same name elsewhere,
     * and a model's twin of the other kind is found only when no model of its own kind has the name).
     *
     * @param name the simple or full name, e.g. {@code User}
     * @param near the class that names it
     * @return the one class it names, several when the simple name is ambiguous, none when no model has it
     */
    public static List<Class<?>> findByName(String name, Class<?> near) {
        List<String> candidates = new ArrayList<>();
        if (name.contains(".")) {
            candidates.add(name);
        }
        if (near.getEnclosingClass() != null) {
            candidates.add(near.getEnclosingClass().getName() + "$" + name);
        }
        candidates.add(near.getPackageName().isEmpty() ? name : near.getPackageName() + "." + name);
        for (String candidate : candidates) {
            try {
                Class<?> found = Class.forName(candidate, true, near.getClassLoader());
                if (Model.class.isAssignableFrom(found)) {
                    return List.of(found);
                }
            } catch (ClassNotFoundException e) {
                // try the next place
            }
        }
        Set<Class<?>> sameKind = known(near, true).getOrDefault(name, Set.of());
        Set<Class<?>> found = sameKind.isEmpty() ? known(near, false).getOrDefault(name, Set.of()) : sameKind;
        return found.stream().sorted(Comparator.comparing(Class::getName)).collect(Collectors.toList());
    }

    /** The known models of {@code model}'s kind, or of the other kind. */
    private static Map<String, Set<Class<?>>> known(Class<?> model, boolean sameKind) {
        return FrontDoors.isAsync(model) == sameKind ? KNOWN_ASYNC : KNOWN_SYNC;
    }

    /**
     * Returns the simple names of the models used so far, sorted, for messages.
     *
     * @return the names joined with commas
     */
    public static String knownModelNames() {
        return Stream.concat(KNOWN_SYNC.keySet().stream(), KNOWN_ASYNC.keySet().stream()).distinct().sorted()
                .collect(Collectors.joining(", "));
    }

    /**
     * Returns the metadata of {@code type}, reading it on first use.
     *
     * @param type a model class
     * @param <T> the model type
     * @return its metadata
     * @throws ModelDefinitionException when the class cannot be mapped
     */
    @SuppressWarnings("unchecked")
    public static <T> ModelInfo<T> of(Class<T> type) {
        if (!Model.class.isAssignableFrom(type)) {
            throw new ModelDefinitionException(type.getName() + " is not a model: models extend ActiveRecord or AsyncActiveRecord");
        }
        return (ModelInfo<T>) CACHE.get(type);
    }

    /**
     * Returns the model class.
     *
     * @return the class
     */
    public Class<T> type() {
        return type;
    }

    /**
     * Returns the model's simple name, used in messages.
     *
     * @return e.g. {@code User}
     */
    public String name() {
        return type.getSimpleName();
    }

    /**
     * Returns the table name.
     *
     * @return the table
     */
    public String table() {
        return table;
    }

    /**
     * Returns the columns in field declaration order (superclass fields first).
     *
     * @return the columns
     */
    public List<ColumnInfo> columns() {
        return columns;
    }

    /**
     * Returns the primary key column.
     *
     * @return the key
     */
    public ColumnInfo primaryKey() {
        return primaryKey;
    }

    /**
     * Returns the record's key, or null while it has none: its key field is null, or, for a primitive key field
     * ({@code long id}) that the database fills, 0, which a Java field holds before any value is given, as
     * Hibernate and Ebean read it too. The database then generates the key on insert.
     *
     * @param record a record of this model
     * @return its key, or null
     */
    public Object keyOf(Object record) {
        Object key = primaryKey.get(record);
        return zeroKeyIsNone && ((Number) key).longValue() == 0 ? null : key;
    }

    /**
     * Returns the model's own strict-loading setting ({@code @StrictLoading}).
     *
     * @return true or false, or null when the model leaves it to the database
     */
    public Boolean strictLoading() {
        return strictLoading;
    }

    /**
     * Returns who assigns new keys.
     *
     * @return the strategy
     */
    public KeyStrategy keyStrategy() {
        return keyStrategy;
    }

    /**
     * Finds a column by column name or field name.
     *
     * @param name the name
     * @return the column
     * @throws UnknownColumnException naming the model and listing its columns
     */
    public ColumnInfo column(String name) {
        ColumnInfo column = name == null ? null : byName.get(name);
        if (column == null) {
            throw new UnknownColumnException("Unknown column " + (name == null ? "null" : "'" + name + "'") + " on " + name()
                    + " (table " + table
                    + "); known columns: " + columnNames());
        }
        return column;
    }

    /**
     * Finds the column of a {@link org.activerecord4j.query.Property}: by field name, which the field proxies and
     * every internal lookup give, else by column name (a hand-made property may name the column). A field whose name
     * is another field's column name means its own column here, unlike {@link #column(String)}, which reads the
     * names of the string API as column names first.
     *
     * @param name the property's name
     * @return the column
     * @throws UnknownColumnException naming the model and listing its columns
     */
    public ColumnInfo propertyColumn(String name) {
        ColumnInfo column = name == null ? null : byField.get(name);
        return column != null ? column : column(name);
    }

    /**
     * Returns whether {@code name} is a column or field name of this model.
     *
     * @param name the name
     * @return true when it is
     */
    public boolean hasColumn(String name) {
        return name != null && byName.containsKey(name);
    }

    /**
     * Returns the column names joined for messages.
     *
     * @return e.g. {@code id, name, email}
     */
    public String columnNames() {
        return columns.stream().map(ColumnInfo::name).collect(Collectors.joining(", "));
    }

    /**
     * Creates an empty instance with the no-argument constructor.
     *
     * @return the instance
     */
    public T newInstance() {
        return instantiator.newInstance();
    }

    /**
     * Returns how the column fields are read and written: the class the annotation processor generated for
     * the model, or method handles when there is none.
     *
     * @return the field access
     */
    public FieldAccess<T> fieldAccess() {
        return fieldAccess;
    }

    /** The column fields, superclass fields first, validated and made accessible. */
    private static List<Field> scanFields(Class<?> type) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Model.class && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        List<Field> columns = new ArrayList<>();
        for (Class<?> declaring : hierarchy) {
            for (Field field : declaring.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                columns.add(checked(type, field));
            }
        }
        return columns;
    }

    private static Field checked(Class<?> model, Field field) {
        Class<?> javaType = Primitives.box(columnType(model, field));
        if (!TypeMapping.isColumnType(javaType)) {
            throw new ModelDefinitionException("Field " + model.getSimpleName() + "." + field.getName()
                    + " has unsupported type " + columnType(model, field).getSimpleName() + "; supported: Long, Integer, Short, "
                    + "String, Boolean, Double, Float, BigDecimal, LocalDate, LocalDateTime, Instant, OffsetDateTime, "
                    + "UUID, byte[], enums and their primitives; mark other fields transient");
        }
        field.setAccessible(true);
        return field;
    }

    private static ColumnInfo column(Class<?> model, Field field, FieldAccess<?> access, int index) {
        Column annotation = field.getAnnotation(Column.class);
        String name = annotation != null && !annotation.value().isEmpty()
                ? annotation.value() : Naming.snakeCase(field.getName());
        return new ColumnInfo(field, access, name, Primitives.box(columnType(model, field)), index, annotation);
    }

    /**
     * The type of a column field as a member of {@code model}: a field of a generic superclass whose type is one of
     * its type parameters ({@code V value} in {@code Labelled<M, V>}) has the type the model's superclasses give
     * that parameter ({@code String} for {@code extends Labelled<Thing, String>}), as the processor reads it; the
     * erased type when they give none that is a class.
     */
    private static Class<?> columnType(Class<?> model, Field field) {
        if (!(field.getGenericType() instanceof TypeVariable<?> variable)) {
            return field.getType();
        }
        Map<TypeVariable<?>, Type> arguments = new HashMap<>();
        for (Class<?> type = model; type != null && type != field.getDeclaringClass(); type = type.getSuperclass()) {
            if (type.getGenericSuperclass() instanceof ParameterizedType superclass) {
                TypeVariable<?>[] parameters = ((Class<?>) superclass.getRawType()).getTypeParameters();
                Type[] given = superclass.getActualTypeArguments();
                for (int i = 0; i < parameters.length; i++) {
                    arguments.put(parameters[i], given[i] instanceof TypeVariable<?> passed
                            ? arguments.getOrDefault(passed, passed) : given[i]);
                }
            }
        }
        Type argument = arguments.get(variable);
        if (argument instanceof Class<?> type) {
            return type;
        }
        return argument instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : field.getType();
    }

    private static ColumnInfo findPrimaryKey(Class<?> type, List<ColumnInfo> columns) {
        List<ColumnInfo> marked = columns.stream().filter(column -> idAnnotation(type, column) != null).toList();
        if (marked.size() > 1) {
            throw new ModelDefinitionException(type.getSimpleName() + " marks several fields with @Id: " + marked
                    + "; composite keys are not supported");
        }
        if (marked.size() == 1) {
            return marked.get(0);
        }
        return columns.stream().filter(column -> column.fieldName().equals("id")).findFirst().orElseThrow(() ->
                new ModelDefinitionException(type.getSimpleName() + " has no primary key: add a field named 'id' "
                        + "or mark one with @Id"));
    }

    private KeyStrategy keyStrategy(ColumnInfo key) {
        Class<?> keyType = key.type();
        Id id = idAnnotation(type, key);
        boolean integer = keyType == Long.class || keyType == Integer.class;
        if (integer && (id == null || id.generated())) {
            return KeyStrategy.DATABASE;
        }
        return keyType == UUID.class ? KeyStrategy.RANDOM_UUID : KeyStrategy.ASSIGNED;
    }

    private static Id idAnnotation(Class<?> type, ColumnInfo column) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(column.fieldName()).getAnnotation(Id.class);
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return name() + " (table " + table + ")";
    }
}
