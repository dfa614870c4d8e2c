package org.activerecord4j.internal.sql;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.internal.model.Keys;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.types.TypeHandler;
import org.activerecord4j.query.Order;
import org.activerecord4j.query.Property;

/**
 * Accumulates SQL text and bound parameters for one statement over one model. Identifiers come
 * only from model metadata and are quoted by the dialect; values are only ever bound. Not
 * thread-safe: one builder per statement.
 */
public final class SqlBuilder {

    private final Dialect dialect;
    private final ModelInfo<?> model;
    private final StringBuilder sql = new StringBuilder(128);
    private final ArrayList<Parameter> parameters = new ArrayList<>();

    /**
     * Starts a statement over {@code model}.
     *
     * @param dialect the target database's dialect
     * @param model the model whose columns may appear
     */
    public SqlBuilder(Dialect dialect, ModelInfo<?> model) {
        this.dialect = dialect;
        this.model = model;
    }

    /**
     * Returns the dialect.
     *
     * @return the dialect
     */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * Appends SQL text written by activerecord4j (keywords, punctuation).
     *
     * @param text the text
     * @return this builder
     */
    public SqlBuilder append(String text) {
        sql.append(text);
        return this;
    }

    /**
     * Appends a quoted identifier that came from model metadata.
     *
     * @param identifier the table or column name
     * @return this builder
     */
    public SqlBuilder identifier(String identifier) {
        sql.append(dialect.quote(identifier));
        return this;
    }

    /**
     * Appends the quoted column of {@code property}, after checking it belongs to this statement's model.
     *
     * @param property the property
     * @return this builder
     */
    public SqlBuilder column(Property<?, ?> property) {
        return identifier(resolve(property).name());
    }

    /**
     * Appends one {@code ORDER BY} term: the quoted column of the order's property and its direction. NULLs sort
     * as the smallest value on every database (first ascending, last descending), as SQLite and MariaDB sort them;
     * where the database sorts them as the largest, a nullable column's term says {@code NULLS FIRST} or
     * {@code NULLS LAST}. A primary key or a column that cannot hold null keeps the plain term, which an index
     * in the database's own order serves.
     *
     * @param order the order term, over a column of this statement's model
     * @return this builder
     */
    public SqlBuilder orderTerm(Order order) {
        ColumnInfo column = resolve(order.property());
        identifier(column.name()).append(order.ascending() ? " ASC" : " DESC");
        if (dialect.nullsSortAsLargest() && column.nullable() && column != model.primaryKey()) {
            append(order.ascending() ? " NULLS FIRST" : " NULLS LAST");
        }
        return this;
    }

    /**
     * Binds {@code value} as a value of {@code column}.
     *
     * @param column the column
     * @param value the value
     * @return this builder
     */
    public SqlBuilder bind(ColumnInfo column, Object value) {
        checkFits(column, value);
        parameters.add(new Parameter(value, column.handlerIn(dialect.types())));
        sql.append('?');
        return this;
    }

    /**
     * Binds {@code value} as a bound {@code column} is compared with, which need not fit the column (see
     * {@link ColumnValues#checkBound}); {@link ComparisonBounds} has made one that does not into one that does.
     *
     * @param column the column
     * @param value the bound, of the column's type
     * @return this builder
     */
    SqlBuilder bindBound(ColumnInfo column, Object value) {
        ColumnValues.checkBound(dialect, model, column, value);
        parameters.add(new Parameter(value, column.handlerIn(dialect.types())));
        sql.append('?');
        return this;
    }

    /**
     * Returns the column of {@code property}, after checking it belongs to this statement's model.
     *
     * @param property the property
     * @return its column
     */
    ColumnInfo columnOf(Property<?, ?> property) {
        return resolve(property);
    }

    /**
     * Binds a key of a relation as a value of {@code column}, converted to the column's key type (an
     * {@code Integer} owner key against a {@code Long} foreign key).
     *
     * @param column a key column
     * @param key the key
     * @return this builder
     */
    public SqlBuilder bindKey(ColumnInfo column, Object key) {
        return bind(column, Keys.convert(column, key));
    }

    /**
     * Binds {@code values} as values of {@code column}, separated by commas: the inside of an {@code IN (…)}.
     *
     * @param column the column
     * @param values the values, each of the column's type
     * @return this builder
     */
    public SqlBuilder bindList(ColumnInfo column, Collection<?> values) {
        TypeHandler<?> handler = column.handlerIn(dialect.types());
        sql.ensureCapacity(sql.length() + values.size() * 3);
        parameters.ensureCapacity(parameters.size() + values.size());
        boolean first = true;
        for (Object value : values) {
            checkFits(column, value);
            parameters.add(new Parameter(value, handler));
            sql.append(first ? "?" : ", ?");
            first = false;
        }
        return this;
    }

    /**
     * Binds a value of no particular column (raw fragments), by its runtime type. Beside the column types it takes
     * the JDBC types that stand for one ({@code Character}, {@code Byte}, {@code BigInteger}, the {@code java.sql}
     * date types; see {@link RawValues}) and {@code LocalTime}.
     *
     * @param value the value, null or of a type above
     * @return this builder
     * @throws InvalidArgumentException when the value is of no such type (a list, an array, a record…), which
     *     SQLite's driver would bind as its text and the servers' drivers refuse only after the SQL was sent, or one
     *     the database would store in another form (a decimal on SQLite)
     */
    public SqlBuilder bindValue(Object value) {
        if (value == null) {
            return bindRaw(null, dialect.types().handler(Object.class));
        }
        if (!dialect.types().supports(value.getClass())) {
            return bindOther(value);
        }
        if (dialect.types().storedBySize(value.getClass())) {
            throw new InvalidArgumentException("A " + value.getClass().getSimpleName() + " value (" + value + ") cannot be "
                    + "bound in raw SQL on " + dialect.name() + ", whose columns store it in a form of their own size; "
                    + "compare the column through the field proxy (e.g. Order.c.total.gt(value)) instead");
        }
        return bindRaw(value, dialect.types().handler(value.getClass()));
    }

    private SqlBuilder bindOther(Object value) {
        Object converted = RawValues.asColumnType(value);
        if (converted instanceof LocalTime time) {
            return bindRaw(time, dialect.types().timeHandler());
        }
        if (converted instanceof BigDecimal && value instanceof BigInteger && dialect.types().storedBySize(BigDecimal.class)) {
            throw new InvalidArgumentException("A BigInteger value (" + value + ") cannot be bound in raw SQL on "
                    + dialect.name() + ", whose integers have 64 bits; pass a Long, or compare with a value within a "
                    + "long's range");
        }
        if (converted == value) {
            throw new InvalidArgumentException("Value " + shown(value) + " of type " + typeName(value) + " cannot be bound "
                    + "in raw SQL, which binds one value of a column type per ? (Long, Integer, Short, String, Boolean, "
                    + "Double, Float, BigDecimal, LocalDate, LocalDateTime, Instant, OffsetDateTime, UUID, byte[] or an enum; "
                    + "also Character, Byte, BigInteger, LocalTime and java.sql's Date, Time and Timestamp); "
                    + "write one ? per value" + (model == null ? ""
                    : ", or compare the column through the field proxy (e.g. User.c.age.in(values))"));
        }
        return bindRaw(converted, dialect.types().handler(converted.getClass()));
    }

    private SqlBuilder bindRaw(Object value, TypeHandler<?> handler) {
        parameters.add(new Parameter(value, handler));
        sql.append('?');
        return this;
    }

    /**
     * Appends hand-written SQL, binding one value per {@code ?}, after checking it with this database's
     * lexical rules (see {@link RawSql}).
     *
     * @param raw the SQL
     * @param kind a fragment or a whole statement
     * @param values the values, one per placeholder
     * @return this builder
     * @throws org.activerecord4j.UnsafeSqlException when the SQL is unsafe or the counts differ
     */
    public SqlBuilder appendRaw(String raw, RawSql.Kind kind, Object[] values) {
        RawSql read = Placeholders.read(raw, kind, dialect.lexicon(), values.length);
        String text = read.text();
        int from = 0;
        for (int i = 0; i < values.length; i++) {
            int placeholder = read.placeholders().get(i);
            sql.append(text, from, placeholder);
            bindValue(values[i]);
            from = placeholder + 1;
        }
        sql.append(text, from, text.length());
        return this;
    }

    /**
     * Returns the model of this statement.
     *
     * @return the model
     */
    public ModelInfo<?> model() {
        return model;
    }

    /**
     * Returns the finished statement, after checking that the database accepts as many values in one statement:
     * this is where every statement's values are counted, before any SQL runs.
     *
     * @return SQL and parameters
     * @throws InvalidArgumentException when it binds more values than the dialect's {@link Dialect#maxParameters()}
     */
    public SqlStatement build() {
        checkCount(parameters.size());
        return new SqlStatement(sql.toString(), List.copyOf(parameters));
    }

    /**
     * Returns how many values are bound so far.
     *
     * @return the count
     */
    int parameterCount() {
        return parameters.size();
    }

    /**
     * Refuses a statement of this builder's model that would bind {@code count} values, when the database
     * accepts fewer in one statement.
     *
     * @param count the values the statement would bind
     * @throws InvalidArgumentException when {@code count} is over the dialect's limit
     */
    void checkCount(int count) {
        int limit = dialect.maxParameters();
        if (count <= limit) {
            return;
        }
        if (model == null) {
            throw new InvalidArgumentException(String.format(Locale.ROOT, "A statement binds %,d values, more than %s "
                    + "accepts in one statement (%,d); split the values over several statements", count, dialect.name(), limit));
        }
        throw new InvalidArgumentException(String.format(Locale.ROOT, "A statement over %s binds %,d values, more than %s "
                + "accepts in one statement (%,d); split the values over several queries, or select the rows with a "
                + "condition the database evaluates (a join or subquery) instead of listing the values",
                model.name(), count, dialect.name(), limit));
    }

    private ColumnInfo resolve(Property<?, ?> property) {
        if (property.model() != model.type()) {
            throw new InvalidArgumentException("Column " + property + " used in a query over " + model.name()
                    + "; use " + model.name() + "'s own columns (" + model.name() + ".c)");
        }
        return model.propertyColumn(property.name());
    }

    private static String typeName(Object value) {
        if (value instanceof List<?>) {
            return "List";
        }
        if (value instanceof Set<?>) {
            return "Set";
        }
        if (value instanceof Collection<?>) {
            return "Collection";
        }
        return value.getClass().getSimpleName();
    }

    private static String shown(Object value) {
        if (!value.getClass().isArray()) {
            return String.valueOf(value);
        }
        StringJoiner elements = new StringJoiner(", ", "[", "]");
        for (int i = 0; i < Array.getLength(value); i++) {
            elements.add(String.valueOf(Array.get(value, i)));
        }
        return elements.toString();
    }

    private void checkFits(ColumnInfo column, Object value) {
        ColumnValues.check(dialect, model, column, value);
    }
}
