package org.activerecord4j.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.activerecord4j.InvalidArgumentException;

/**
 * A typed column of model {@code M} holding values of type {@code V}: the building block of the
 * generated field proxies ({@code User.c.name}). Because {@code V} is the field's Java type, a value
 * of the wrong type, or a misspelled column, is a compile error.
 *
 * <pre>{@code
 * User.query().where(User.c.status.in(Status.ACTIVE, Status.INVITED)).all();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <M> the model the column belongs to
 * @param <V> the Java type of the column's values
 */
public class Property<M, V> {

    private final Class<M> model;
    private final String name;

    /**
     * Creates a property for the field {@code name} of {@code model}. Generated field proxies call
     * this; the name is checked against the model when the property is first rendered.
     *
     * @param model the model class
     * @param name the Java field name
     */
    public Property(Class<M> model, String name) {
        this.model = Objects.requireNonNull(model, "model");
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Returns the model class this property belongs to.
     *
     * @return the model class
     */
    public final Class<M> model() {
        return model;
    }

    /**
     * Returns the Java field name of this property.
     *
     * @return the field name, e.g. {@code createdAt}
     */
    public final String name() {
        return name;
    }

    /**
     * {@code column = value}; {@code eq(null)} means {@code IS NULL}.
     *
     * @param value the value to compare with
     * @return the condition
     */
    public final Condition eq(V value) {
        return value == null ? isNull() : new Comparison(this, Comparison.Operator.EQUAL, value);
    }

    /**
     * {@code column <> value}; {@code ne(null)} means {@code IS NOT NULL}. Like SQL, rows whose
     * column is null do not match {@code ne} of a non-null value.
     *
     * @param value the value to compare with
     * @return the condition
     */
    public final Condition ne(V value) {
        return value == null ? isNotNull() : new Comparison(this, Comparison.Operator.NOT_EQUAL, value);
    }

    /**
     * {@code column IN (values…)}; an empty list matches no row. A null among the values matches a null column, as
     * in Rails: {@code in(17, null)} is {@code (column IN (17) OR column IS NULL)}, and {@code in(null)} alone
     * {@code column IS NULL}.
     *
     * @param values the accepted values
     * @return the condition
     * @throws InvalidArgumentException when the array itself is null
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Condition in(V... values) {
        return in(values == null ? null : Arrays.asList(values));
    }

    /**
     * {@code column IN (values…)}; an empty collection matches no row. A null among the values matches a null
     * column, as in Rails: {@code in(List.of(17, null))} is {@code (column IN (17) OR column IS NULL)}, and a
     * collection of nulls only {@code column IS NULL}.
     *
     * @param values the accepted values
     * @return the condition
     * @throws InvalidArgumentException when the collection itself is null
     */
    public final Condition in(Collection<? extends V> values) {
        return inList("in", values, false);
    }

    /**
     * {@code column NOT IN (values…)}; an empty list matches every row. Like SQL, rows whose column is null do not
     * match {@code NOT IN} of non-null values; a null among the values excludes them explicitly, as in Rails:
     * {@code notIn(17, null)} is {@code (column NOT IN (17) AND column IS NOT NULL)}, the negation of
     * {@code in(17, null)}, and {@code notIn(null)} alone {@code column IS NOT NULL}.
     *
     * @param values the rejected values
     * @return the condition
     * @throws InvalidArgumentException when the array itself is null
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Condition notIn(V... values) {
        return notIn(values == null ? null : Arrays.asList(values));
    }

    /**
     * {@code column NOT IN (values…)}; an empty collection matches every row. A null among the values excludes
     * null columns, as {@link #notIn(Object[])} says.
     *
     * @param values the rejected values
     * @return the condition
     * @throws InvalidArgumentException when the collection itself is null
     */
    public final Condition notIn(Collection<? extends V> values) {
        return inList("notIn", values, true);
    }

    /**
     * An {@link InList} of the non-null values; when nulls were among them, that list or-ed with {@code IS NULL}
     * ({@code in}) or and-ed with {@code IS NOT NULL} ({@code notIn}), or the null test alone when only nulls were.
     */
    private Condition inList(String method, Collection<? extends V> values, boolean negated) {
        if (values == null) {
            throw new InvalidArgumentException(this + "." + method + "(values) needs values but got null");
        }
        List<V> copy = new ArrayList<>(values.size());
        boolean nulls = false;
        for (V value : values) {
            if (value == null) {
                nulls = true;
            } else {
                copy.add(value);
            }
        }
        InList list = new InList(this, List.copyOf(copy), negated);
        if (!nulls) {
            return list;
        }
        NullTest nullTest = new NullTest(this, negated);
        if (copy.isEmpty()) {
            return nullTest;
        }
        return negated ? new AllOf(List.of(list, nullTest)) : new AnyOf(List.of(list, nullTest));
    }

    /**
     * {@code column IS NULL}.
     *
     * @return the condition
     */
    public final Condition isNull() {
        return new NullTest(this, false);
    }

    /**
     * {@code column IS NOT NULL}.
     *
     * @return the condition
     */
    public final Condition isNotNull() {
        return new NullTest(this, true);
    }

    /**
     * Ascending order on this column, for {@code orderBy(...)}. NULLs come first, on every database.
     *
     * @return the order
     */
    public final Order asc() {
        return new Order(this, true);
    }

    /**
     * Descending order on this column, for {@code orderBy(...)}. NULLs come last, on every database.
     *
     * @return the order
     */
    public final Order desc() {
        return new Order(this, false);
    }

    @Override
    public String toString() {
        return model.getSimpleName() + "." + name;
    }
}
