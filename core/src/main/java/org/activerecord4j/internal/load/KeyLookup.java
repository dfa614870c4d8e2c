package org.activerecord4j.internal.load;

import java.util.ArrayList;
import java.util.List;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.dialect.PerDialect;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.sql.ColumnValues;
import org.activerecord4j.internal.sql.Parameter;
import org.activerecord4j.internal.sql.SelectRenderer;
import org.activerecord4j.internal.sql.SelectSpec;
import org.activerecord4j.internal.sql.SqlStatement;
import org.activerecord4j.query.Property;

/**
 * The statement that finds a model's record by primary key ({@code findOne}), the commonest query: rendered
 * once per model and dialect, with the key as its only varying parameter, so that a lookup binds a key
 * instead of building a query and writing its SQL again. The text is what the query {@code where(key =
 * ?).limit(2)} renders, so logs and statement caches see the same SQL either way. Immutable and thread-safe.
 */
final class KeyLookup {

    private static final ClassValue<PerDialect<KeyLookup>> SHARED = PerDialect.perModel();

    private final String sql;
    private final List<Parameter> parameters;
    private final int keyParameter;

    private KeyLookup(SqlStatement rendered, Object key) {
        this.sql = rendered.sql();
        this.parameters = rendered.parameters();
        int found = -1;
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).value() == key) {
                found = i;
            }
        }
        // -1 when the dialect binds a key in a form of its own (a converted value): then each lookup renders.
        this.keyParameter = found;
    }

    /**
     * Returns the select of the record of {@code model} whose primary key is {@code key}, at most two rows.
     *
     * @param model the model
     * @param dialect the dialect of the database the model uses
     * @param key the key, of the key column's type, not null
     * @return the statement
     */
    static SqlStatement statement(ModelInfo<?> model, Dialect dialect, Object key) {
        KeyLookup lookup = SHARED.get(model.type()).get(dialect, forDialect ->
                new KeyLookup(SelectRenderer.select(forDialect, model, select(model, key)), key));
        if (lookup.keyParameter < 0) {
            return SelectRenderer.select(dialect, model, select(model, key));
        }
        // What rendering checks of every bound value (a key longer than its column, say), checked here.
        ColumnValues.check(dialect, model, model.primaryKey(), key);
        return lookup.bind(key);
    }

    /**
     * Returns the query a key lookup runs.
     *
     * @param model the model
     * @param key the key
     * @return where the key equals {@code key}, at most two rows
     */
    static SelectSpec select(ModelInfo<?> model, Object key) {
        return SelectSpec.ALL.where(new Property<>(model.type(), model.primaryKey().fieldName()).eq(key)).limit(2);
    }

    private SqlStatement bind(Object key) {
        Parameter bound = new Parameter(key, parameters.get(keyParameter).handler());
        if (parameters.size() == 1) {
            return new SqlStatement(sql, List.of(bound));
        }
        if (parameters.size() == 2) { // the key and the limit: an immutable pair is one object
            return new SqlStatement(sql, keyParameter == 0 ? List.of(bound, parameters.get(1)) : List.of(parameters.get(0), bound));
        }
        List<Parameter> all = new ArrayList<>(parameters);
        all.set(keyParameter, bound);
        return new SqlStatement(sql, all);
    }
}
