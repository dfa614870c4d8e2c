package org.activerecord4j.internal.model;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Supplier;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.ModelDefinitionException;

/**
 * Creates empty model instances with the no-argument constructor, once per loaded row. Where the model's
 * package is open to activerecord4j (always on the class path) the constructor is called through a
 * generated {@link Supplier}, which the JIT inlines like {@code new User()}; elsewhere through reflection,
 * which costs a few checks and an indirection per row. Immutable and thread-safe.
 *
 * @param <T> the model
 */
final class Instantiator<T> {

    private final String model;
    private final Constructor<T> constructor;
    private final Supplier<T> direct;

    private Instantiator(String model, Constructor<T> constructor, Supplier<T> direct) {
        this.model = model;
        this.constructor = constructor;
        this.direct = direct;
    }

    /**
     * Finds {@code type}'s no-argument constructor.
     *
     * @param type the model class
     * @param <T> the model
     * @return the instantiator
     * @throws ModelDefinitionException when there is no such constructor
     */
    static <T> Instantiator<T> of(Class<T> type) {
        Constructor<T> constructor;
        try {
            constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ModelDefinitionException(type.getSimpleName() + " needs a no-argument constructor so rows can "
                    + "be loaded into it");
        }
        return new Instantiator<>(type.getSimpleName(), constructor, supplier(type));
    }

    /**
     * Creates an instance.
     *
     * @return the new instance
     * @throws ActiveRecordException when the constructor throws
     */
    T newInstance() {
        if (direct != null) {
            try {
                return direct.get();
            } catch (RuntimeException e) {
                throw new ActiveRecordException("The constructor of " + model + " threw " + e, e);
            }
        }
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new ActiveRecordException("The constructor of " + model + " threw " + e.getCause(), e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            throw new ModelDefinitionException("Cannot instantiate " + model + ": " + e);
        }
    }

    /** A {@code User::new} made at run time, or null where the model's package is not open to us (or abstract). */
    @SuppressWarnings("unchecked")
    private static <T> Supplier<T> supplier(Class<T> type) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            MethodHandle constructor = lookup.findConstructor(type, MethodType.methodType(void.class));
            return (Supplier<T>) LambdaMetafactory.metafactory(lookup, "get", MethodType.methodType(Supplier.class),
                    MethodType.methodType(Object.class), constructor, MethodType.methodType(type))
                    .getTarget().invoke();
        } catch (Throwable e) {
            return null;
        }
    }
}
