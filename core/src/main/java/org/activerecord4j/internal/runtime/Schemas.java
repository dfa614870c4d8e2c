package org.activerecord4j.internal.runtime;

import java.util.List;
import org.activerecord4j.internal.dialect.Dialects;
import org.activerecord4j.internal.model.Naming;
import org.activerecord4j.internal.sql.DdlRenderer;
import org.activerecord4j.schema.TableDefinition;

/** The runtime's side of the public {@code org.activerecord4j.schema} package: naming rules, model tables, DDL. */
public final class Schemas {

    private Schemas() {
    }

    /**
     * Returns the DDL renderer of a dialect named for the schema writer.
     *
     * @param dialect {@code sqlite}, {@code postgresql}, {@code mariadb} or {@code mysql}
     * @param multiline whether CREATE TABLE puts each column on a line of its own
     * @return the renderer
     * @throws IllegalArgumentException naming the choices for an unknown dialect
     */
    public static DdlRenderer ddl(String dialect, boolean multiline) {
        return new DdlRenderer(Dialects.named(dialect), multiline);
    }

    /**
     * Returns the dialect names the schema writer takes.
     *
     * @return the names
     */
    public static List<String> dialects() {
        return Dialects.names();
    }

    /**
     * Describes the table of a compiled model.
     *
     * @param model the model class
     * @return its table
     */
    public static TableDefinition tableOf(Class<?> model) {
        return ModelTables.of(model);
    }

    /**
     * Returns the table a model of this simple name maps to by default.
     *
     * @param modelName e.g. {@code OrderItem}
     * @return e.g. {@code order_items}
     */
    public static String tableName(String modelName) {
        return Naming.tableName(modelName);
    }

    /**
     * Returns the column a field maps to by default.
     *
     * @param fieldName e.g. {@code createdAt}
     * @return e.g. {@code created_at}
     */
    public static String columnName(String fieldName) {
        return Naming.snakeCase(fieldName);
    }
}
