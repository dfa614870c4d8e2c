package org.activerecord4j.internal.model;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.activerecord4j.FieldAccess;
import org.activerecord4j.ModelDefinitionException;

/**
 * Finds how a model's column fields are read and written: the {@link FieldAccess} the annotation processor
 * generated beside the model ({@code pkg.Outer_UserFieldAccess} for {@code pkg.Outer.User}), looked up once
 * by name; or, for a model compiled without it (or whose fields generated code cannot reach), method handles
 * on the fields. Either way no reflective {@code Field.set} runs per value.
 */
final class FieldAccessors {

    /** The suffix of the generated class's name, as the processor writes it. */
    static final String SUFFIX = "FieldAccess";

    private FieldAccessors() {
    }

    /**
     * Returns the access to {@code type}'s column fields.
     *
     * @param type the model
     * @param fields its column fields, in mapping order, already made accessible
     * @param <T> the model
     * @return the generated access when there is a matching one, else one through method handles
     */
    static <T> FieldAccess<T> of(Class<T> type, List<Field> fields) {
        FieldAccess<T> generated = generated(type, fields.stream().map(Field::getName).toList());
        return generated != null ? generated : new HandleAccess<>(type, fields);
    }

    /**
     * Returns the name of the class the processor generates for {@code type}.
     *
     * @param type the model
     * @return e.g. {@code pkg.Outer_UserFieldAccess}
     */
    static String generatedName(Class<?> type) {
        Deque<String> names = new ArrayDeque<>();
        for (Class<?> current = type; current != null; current = current.getEnclosingClass()) {
            names.addFirst(current.getSimpleName());
        }
        String simple = String.join("_", names) + SUFFIX;
        return type.getPackageName().isEmpty() ? simple : type.getPackageName() + "." + simple;
    }

    @SuppressWarnings("unchecked")
    private static <T> FieldAccess<T> generated(Class<T> type, List<String> fieldNames) {
        try {
            Class<?> found = Class.forName(generatedName(type), true, type.getClassLoader());
            if (!FieldAccess.class.isAssignableFrom(found)) {
                return null;
            }
            FieldAccess<T> access = (FieldAccess<T>) found.getConstructor().newInstance();
            // A class generated for another version of the model (a stale build) is not used.
            return access.fieldNames().equals(fieldNames) && resolvesEveryField(access, fieldNames.size()) ? access : null;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether the generated code's references to the column fields (and snapshot fields) resolve: one to a field
     * whose type or access changed since the class was generated throws a {@link LinkageError}. Each field is read
     * from a null record, which the JVM checks only after resolving the field, so nothing is read and no record is
     * needed.
     */
    private static boolean resolvesEveryField(FieldAccess<?> access, int count) {
        boolean snapshots = access.keepsSnapshot();
        for (int i = 0; i < count; i++) {
            int field = i;
            if (!resolves(() -> access.get(null, field)) || snapshots && !resolves(() -> access.snapshot(null, field))) {
                return false;
            }
        }
        return true;
    }

    private static boolean resolves(Runnable read) {
        try {
            read.run();
        } catch (NullPointerException resolved) {
            // the reference resolved; only the record was missing
        } catch (LinkageError stale) {
            return false;
        }
        return true;
    }

    /** Reads and writes fields through method handles, for models without a generated access. Thread-safe. */
    static final class HandleAccess<T> implements FieldAccess<T> {
        private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
        private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);

        private final List<String> names;
        private final MethodHandle[] getters;
        private final MethodHandle[] setters;

        HandleAccess(Class<T> type, List<Field> fields) {
            this.names = fields.stream().map(Field::getName).toList();
            this.getters = new MethodHandle[fields.size()];
            this.setters = new MethodHandle[fields.size()];
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            for (int i = 0; i < getters.length; i++) {
                Field field = fields.get(i);
                try {
                    // The fields were made accessible, which lets the handles skip the access checks.
                    getters[i] = lookup.unreflectGetter(field).asType(GETTER);
                    setters[i] = lookup.unreflectSetter(field).asType(SETTER);
                } catch (IllegalAccessException e) {
                    throw new ModelDefinitionException("Cannot reach field " + type.getSimpleName() + "."
                            + field.getName() + ": " + e.getMessage());
                }
            }
        }

        @Override
        public List<String> fieldNames() {
            return names;
        }

        @Override
        public Object get(T record, int field) {
            try {
                return getters[field].invokeExact((Object) record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void set(T record, int field, Object value) {
            try {
                setters[field].invokeExact((Object) record, value);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
