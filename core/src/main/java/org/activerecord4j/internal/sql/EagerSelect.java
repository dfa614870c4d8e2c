package org.activerecord4j.internal.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.model.ColumnInfo;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.model.BoundRelation;
import org.activerecord4j.query.Order;
import org.activerecord4j.query.Property;

/**
 * The SELECT of one eager step for a chunk of owner keys:
 * <ul>
 * <li>BelongsTo: {@code SELECT … FROM users WHERE id IN (…)};
 * <li>HasOne, HasMany: {@code SELECT … FROM posts WHERE user_id IN (…) AND <filter> ORDER BY <filter>, <relation order>};
 * <li>HasManyThrough: the target joined to the join rows of the owners, which also give each row's owner key:
 *     {@code SELECT courses.…, j.ar4j_owner FROM courses JOIN (SELECT DISTINCT course_id AS ar4j_target, student_id AS
 *     ar4j_owner FROM enrollments WHERE student_id IN (…)) j ON j.ar4j_target = courses.id WHERE <filter> ORDER BY …}
 *     (the target table keeps its name, so that a filter in raw SQL may name it, as in the relation's query).
 * </ul>
 * A filter's limit and offset apply per owner: the rows are numbered per owner with {@code ROW_NUMBER()}
 * and only the wanted numbers are kept. Immutable.
 */
public final class EagerSelect {

    private static final String OWNER = "ar4j_owner";

    private final BoundRelation relation;
    private final ModelInfo<?> target;
    private final ColumnInfo keyColumn;
    private final boolean through;
    private final SelectSpec filter;
    private final List<Order> orders;

    /**
     * Prepares the select of {@code relation}'s rows, filtered by {@code filter}.
     *
     * @param relation the relation of the step
     * @param filter the step's filter, or null
     */
    public EagerSelect(BoundRelation relation, SelectSpec filter) {
        this.relation = relation;
        this.target = relation.target();
        this.through = relation.kind().throughJoin();
        this.keyColumn = relation.rowKey();
        this.filter = filter == null ? SelectSpec.ALL : filter;
        List<Order> all = new ArrayList<>(this.filter.orders());
        all.addAll(relation.order());
        this.orders = List.copyOf(all);
    }

    /**
     * Returns the column the owner keys are compared with; keys must be of its type.
     *
     * @return the target's primary key (BelongsTo), its foreign key (HasOne, HasMany) or the join's (HasManyThrough)
     */
    public ColumnInfo keyColumn() {
        return keyColumn;
    }

    /**
     * Returns whether each row carries its owner key as an extra column after the model's columns.
     *
     * @return true for HasManyThrough
     */
    public boolean ownerKeyColumn() {
        return through;
    }

    /**
     * Returns how many keys one statement can carry on {@code dialect}, besides the filter's own values.
     *
     * @param dialect the dialect
     * @return the chunk size, at least 1
     * @throws org.activerecord4j.InvalidArgumentException when the filter's values leave no room for one key
     */
    public int keysPerStatement(Dialect dialect) {
        SqlBuilder scratch = new SqlBuilder(dialect, target);
        SelectRenderer.where(scratch, filter, " WHERE ");
        int fixed = scratch.parameterCount() + (ranked() ? 2 : 0);
        scratch.checkCount(fixed + 1);
        return dialect.maxParameters() - fixed;
    }

    /**
     * Renders the statement for {@code keys}.
     *
     * @param dialect the dialect
     * @param keys the owner keys, of {@link #keyColumn()}'s type, at most {@link #keysPerStatement} of them
     * @return the statement
     */
    public SqlStatement render(Dialect dialect, Collection<Object> keys) {
        SqlBuilder sql = new SqlBuilder(dialect, target).append("SELECT ");
        if (ranked()) {
            columns(sql, false);
            sql.append(" FROM (SELECT ");
        }
        columns(sql, through);
        if (ranked()) {
            sql.append(", ROW_NUMBER() OVER (PARTITION BY ");
            if (through) {
                sql.append("j.").append(OWNER);
            } else {
                sql.identifier(keyColumn.name());
            }
            sql.append(" ORDER BY ");
            orderTerms(sql, orders.isEmpty() ? List.of(new Property<>(target.type(), target.primaryKey().fieldName()).asc()) : orders);
            sql.append(") AS ar4j_row");
        }
        sql.append(" FROM ").identifier(target.table());
        if (through) {
            sql.append(" JOIN (SELECT DISTINCT ").identifier(relation.targetForeignKey().name()).append(" AS ar4j_target, ")
                    .identifier(relation.foreignKey().name()).append(" AS ").append(OWNER)
                    .append(" FROM ").identifier(relation.join().table()).append(" WHERE ");
            in(sql, keys);
            sql.append(") j ON j.ar4j_target = ").identifier(target.table()).append(".").identifier(target.primaryKey().name());
            SelectRenderer.where(sql, filter, " WHERE ");
        } else {
            sql.append(" WHERE ");
            in(sql, keys);
            SelectRenderer.where(sql, filter, " AND ");
        }
        if (ranked()) {
            int offset = filter.offset() == null ? 0 : filter.offset();
            sql.append(") ar4j_ranked WHERE ar4j_row > ").bindValue((long) offset);
            if (filter.limit() != null) {
                sql.append(" AND ar4j_row <= ").bindValue((long) offset + filter.limit());
            }
        }
        if (!orders.isEmpty()) {
            sql.append(" ORDER BY ");
            orderTerms(sql, orders);
        }
        return sql.build();
    }

    private boolean ranked() {
        return filter.limit() != null || filter.offset() != null;
    }

    /** The target's columns (and a through step's owner key), qualified by their tables inside the join. */
    private void columns(SqlBuilder sql, boolean qualified) {
        List<ColumnInfo> columns = target.columns();
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ");
            if (qualified) {
                sql.identifier(target.table()).append(".");
            }
            sql.identifier(columns.get(i).name());
        }
        if (through) {
            sql.append(", ").append(qualified ? "j." : "").append(OWNER);
        }
    }

    private void in(SqlBuilder sql, Collection<Object> keys) {
        sql.identifier(keyColumn.name()).append(" IN (").bindList(keyColumn, keys).append(")");
    }

    private static void orderTerms(SqlBuilder sql, List<Order> orders) {
        for (int i = 0; i < orders.size(); i++) {
            sql.append(i == 0 ? "" : ", ").orderTerm(orders.get(i));
        }
    }
}
