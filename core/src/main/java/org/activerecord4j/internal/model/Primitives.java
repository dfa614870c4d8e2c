package org.activerecord4j.internal.model;

import java.util.Map;

/** Boxed types and zero values of primitive field types. */
final class Primitives {

    private static final Map<Class<?>, Class<?>> BOXED = Map.of(
            long.class, Long.class, int.class, Integer.class, short.class, Short.class, double.class, Double.class,
            float.class, Float.class, boolean.class, Boolean.class, byte.class, Byte.class, char.class, Character.class);

    private static final Map<Class<?>, Object> ZERO = Map.of(
            long.class, 0L, int.class, 0, short.class, (short) 0, double.class, 0d,
            float.class, 0f, boolean.class, false, byte.class, (byte) 0, char.class, '\0');

    private Primitives() {
    }

    static Class<?> box(Class<?> type) {
        return type.isPrimitive() ? BOXED.get(type) : type;
    }

    static Object zero(Class<?> type) {
        return ZERO.get(type);
    }
}
