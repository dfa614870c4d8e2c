package org.activerecord4j.processor;

import java.util.Map;

/**
 * Minimal stand-ins for the core types that generated code refers to, with the same names and
 * signatures as far as generated code uses them, plus the relation factories test models declare
 * relations with. The real query types depend on core internals, so tests compile against these
 * instead; the processor itself never sees core.
 *
 * <p>As in core, a sync relation's {@code of} and {@code set} take an {@code ActiveRecord} and an
 * async relation's an {@code AsyncActiveRecord}, so an accessor of the wrong kind would not compile.
 * {@code AsyncActiveRecord} declares its relation factories under the sync names ({@code hasMany}
 * returns an {@code AsyncHasMany}).
 */
final class CoreStubs {

    /** Stub sources by path. */
    static final Map<String, String> SOURCES = Map.ofEntries(
            Map.entry("org/activerecord4j/Model.java", """
                    package org.activerecord4j;

                    import org.activerecord4j.relation.RelationOption;

                    public abstract sealed class Model<M extends Model<M>> permits ActiveRecord, AsyncActiveRecord {
                        Model() {
                        }

                        public boolean isNewRecord() {
                            return true;
                        }

                        public java.util.List<String> changedColumns() {
                            return java.util.List.of();
                        }

                        protected static RelationOption inverseOf(String relation) {
                            return new RelationOption() {
                            };
                        }
                    }
                    """),
            Map.entry("org/activerecord4j/ActiveRecord.java", """
                    package org.activerecord4j;

                    import org.activerecord4j.relation.BelongsTo;
                    import org.activerecord4j.relation.HasMany;
                    import org.activerecord4j.relation.HasManyThrough;
                    import org.activerecord4j.relation.HasOne;
                    import org.activerecord4j.relation.RelationOption;

                    public abstract non-sealed class ActiveRecord<M extends ActiveRecord<M>> extends Model<M> {
                        protected ActiveRecord() {
                        }

                        public void save() {
                        }

                        public void delete() {
                        }

                        public static <M extends ActiveRecord<M>> Query<M> query(Class<M> model) {
                            return new Query<>(model);
                        }

                        public static <M extends ActiveRecord<M>> M findOne(Class<M> model, Object id) {
                            return null;
                        }

                        public static <M extends ActiveRecord<M>> M findOneOrThrow(Class<M> model, Object id) {
                            throw new RecordNotFoundException("No " + model.getSimpleName() + " with id " + id);
                        }

                        protected static <R extends ActiveRecord<R>> BelongsTo<R> belongsTo(RelationOption... options) {
                            return new BelongsTo<>();
                        }

                        protected static <R extends ActiveRecord<R>> HasOne<R> hasOne(RelationOption... options) {
                            return new HasOne<>();
                        }

                        protected static <R extends ActiveRecord<R>> HasMany<R> hasMany(RelationOption... options) {
                            return new HasMany<>();
                        }

                        protected static <R extends ActiveRecord<R>> HasManyThrough<R> hasManyThrough(
                                RelationOption... options) {
                            return new HasManyThrough<>();
                        }
                    }
                    """),
            Map.entry("org/activerecord4j/AsyncActiveRecord.java", """
                    package org.activerecord4j;

                    import java.util.concurrent.CompletableFuture;
                    import org.activerecord4j.relation.AsyncBelongsTo;
                    import org.activerecord4j.relation.AsyncHasMany;
                    import org.activerecord4j.relation.AsyncHasManyThrough;
                    import org.activerecord4j.relation.AsyncHasOne;
                    import org.activerecord4j.relation.RelationOption;

                    public abstract non-sealed class AsyncActiveRecord<M extends AsyncActiveRecord<M>>
                            extends Model<M> {
                        protected AsyncActiveRecord() {
                        }

                        public CompletableFuture<Void> save() {
                            return CompletableFuture.completedFuture(null);
                        }

                        public CompletableFuture<Void> delete() {
                            return CompletableFuture.completedFuture(null);
                        }

                        public static <M extends AsyncActiveRecord<M>> AsyncQuery<M> query(Class<M> model) {
                            return new AsyncQuery<>(model);
                        }

                        public static <M extends AsyncActiveRecord<M>> CompletableFuture<M> findOne(
                                Class<M> model, Object id) {
                            return CompletableFuture.completedFuture(null);
                        }

                        public static <M extends AsyncActiveRecord<M>> CompletableFuture<M> findOneOrThrow(
                                Class<M> model, Object id) {
                            return CompletableFuture.failedFuture(
                                    new RecordNotFoundException("No " + model.getSimpleName() + " with id " + id));
                        }

                        protected static <R extends AsyncActiveRecord<R>> AsyncBelongsTo<R> belongsTo(
                                RelationOption... options) {
                            return new AsyncBelongsTo<>();
                        }

                        protected static <R extends AsyncActiveRecord<R>> AsyncHasOne<R> hasOne(
                                RelationOption... options) {
                            return new AsyncHasOne<>();
                        }

                        protected static <R extends AsyncActiveRecord<R>> AsyncHasMany<R> hasMany(
                                RelationOption... options) {
                            return new AsyncHasMany<>();
                        }

                        protected static <R extends AsyncActiveRecord<R>> AsyncHasManyThrough<R> hasManyThrough(
                                RelationOption... options) {
                            return new AsyncHasManyThrough<>();
                        }
                    }
                    """),
            Map.entry("org/activerecord4j/Query.java", """
                    package org.activerecord4j;

                    import org.activerecord4j.query.Condition;

                    public final class Query<M> {
                        private final Class<M> model;

                        public Query(Class<M> model) {
                            this.model = model;
                        }

                        public Query<M> where(Condition condition) {
                            return this;
                        }

                        public Class<M> model() {
                            return model;
                        }
                    }
                    """),
            Map.entry("org/activerecord4j/AsyncQuery.java", """
                    package org.activerecord4j;

                    import org.activerecord4j.query.Condition;

                    public final class AsyncQuery<M> {
                        private final Class<M> model;

                        public AsyncQuery(Class<M> model) {
                            this.model = model;
                        }

                        public AsyncQuery<M> where(Condition condition) {
                            return this;
                        }

                        public Class<M> model() {
                            return model;
                        }
                    }
                    """),
            Map.entry("org/activerecord4j/RecordNotFoundException.java", """
                    package org.activerecord4j;

                    public final class RecordNotFoundException extends RuntimeException {
                        private static final long serialVersionUID = 1L;

                        public RecordNotFoundException(String message) {
                            super(message);
                        }
                    }
                    """),
            Map.entry("org/activerecord4j/query/Condition.java", """
                    package org.activerecord4j.query;

                    public interface Condition {
                        String sql();
                    }
                    """),
            Map.entry("org/activerecord4j/query/ModelFields.java", """
                    package org.activerecord4j.query;

                    public abstract class ModelFields<M> {
                        private final Class<M> model;

                        protected ModelFields(Class<M> model) {
                            this.model = model;
                        }

                        public final Class<M> model() {
                            return model;
                        }
                    }
                    """),
            Map.entry("org/activerecord4j/FieldAccess.java", """
                    package org.activerecord4j;

                    public interface FieldAccess<T> {
                        java.util.List<String> fieldNames();

                        Object get(T record, int field);

                        void set(T record, int field, Object value);

                        default boolean read(T record, java.sql.ResultSet row, ColumnReader[] readers, Object[] values)
                                throws java.sql.SQLException {
                            return false;
                        }

                        interface ColumnReader {
                            Object read(java.sql.ResultSet row, int index) throws java.sql.SQLException;

                            default long readLong(java.sql.ResultSet row, int index) throws java.sql.SQLException {
                                return (Long) read(row, index);
                            }

                            default int readInt(java.sql.ResultSet row, int index) throws java.sql.SQLException {
                                return (Integer) read(row, index);
                            }

                            default short readShort(java.sql.ResultSet row, int index) throws java.sql.SQLException {
                                return (Short) read(row, index);
                            }

                            default double readDouble(java.sql.ResultSet row, int index) throws java.sql.SQLException {
                                return (Double) read(row, index);
                            }

                            default float readFloat(java.sql.ResultSet row, int index) throws java.sql.SQLException {
                                return (Float) read(row, index);
                            }

                            default boolean readBoolean(java.sql.ResultSet row, int index) throws java.sql.SQLException {
                                return (Boolean) read(row, index);
                            }
                        }
                    }
                    """),
            Map.entry("org/activerecord4j/query/Property.java", """
                    package org.activerecord4j.query;

                    public class Property<M, V> {
                        private final Class<M> model;
                        private final String name;

                        public Property(Class<M> model, String name) {
                            this.model = model;
                            this.name = name;
                        }

                        public final Class<M> model() {
                            return model;
                        }

                        public final String name() {
                            return name;
                        }

                        public final Condition eq(V value) {
                            return () -> name + " = " + value;
                        }
                    }
                    """),
            Map.entry("org/activerecord4j/query/ComparableProperty.java", """
                    package org.activerecord4j.query;

                    public class ComparableProperty<M, V extends Comparable<? super V>> extends Property<M, V> {
                        public ComparableProperty(Class<M> model, String name) {
                            super(model, name);
                        }

                        public final Condition gt(V value) {
                            return () -> name() + " > " + value;
                        }
                    }
                    """),
            Map.entry("org/activerecord4j/query/StringProperty.java", """
                    package org.activerecord4j.query;

                    public class StringProperty<M> extends ComparableProperty<M, String> {
                        public StringProperty(Class<M> model, String name) {
                            super(model, name);
                        }

                        public final Condition like(String pattern) {
                            return () -> name() + " LIKE " + pattern;
                        }
                    }
                    """),
            Map.entry("org/activerecord4j/relation/AsyncBelongsTo.java", """
                    package org.activerecord4j.relation;

                    import java.util.concurrent.CompletableFuture;
                    import org.activerecord4j.AsyncActiveRecord;

                    public final class AsyncBelongsTo<T extends AsyncActiveRecord<T>> {
                        public CompletableFuture<T> of(AsyncActiveRecord<?> record) {
                            return CompletableFuture.completedFuture(null);
                        }

                        public void set(AsyncActiveRecord<?> record, T parent) {
                        }
                    }
                    """),
            Map.entry("org/activerecord4j/relation/AsyncHasMany.java", """
                    package org.activerecord4j.relation;

                    import java.util.List;
                    import java.util.concurrent.CompletableFuture;
                    import org.activerecord4j.AsyncActiveRecord;

                    public final class AsyncHasMany<T extends AsyncActiveRecord<T>> {
                        public CompletableFuture<List<T>> of(AsyncActiveRecord<?> record) {
                            return CompletableFuture.completedFuture(List.of());
                        }
                    }
                    """),
            Map.entry("org/activerecord4j/relation/AsyncHasManyThrough.java", """
                    package org.activerecord4j.relation;

                    import java.util.List;
                    import java.util.concurrent.CompletableFuture;
                    import org.activerecord4j.AsyncActiveRecord;

                    public final class AsyncHasManyThrough<T extends AsyncActiveRecord<T>> {
                        public CompletableFuture<List<T>> of(AsyncActiveRecord<?> record) {
                            return CompletableFuture.completedFuture(List.of());
                        }
                    }
                    """),
            Map.entry("org/activerecord4j/relation/AsyncHasOne.java", """
                    package org.activerecord4j.relation;

                    import java.util.concurrent.CompletableFuture;
                    import org.activerecord4j.AsyncActiveRecord;

                    public final class AsyncHasOne<T extends AsyncActiveRecord<T>> {
                        public CompletableFuture<T> of(AsyncActiveRecord<?> record) {
                            return CompletableFuture.completedFuture(null);
                        }
                    }
                    """),
            Map.entry("org/activerecord4j/relation/BelongsTo.java", """
                    package org.activerecord4j.relation;

                    import org.activerecord4j.ActiveRecord;

                    public final class BelongsTo<T extends ActiveRecord<T>> {
                        public T of(ActiveRecord<?> record) {
                            return null;
                        }

                        public void set(ActiveRecord<?> record, T parent) {
                        }
                    }
                    """),
            Map.entry("org/activerecord4j/relation/HasMany.java", """
                    package org.activerecord4j.relation;

                    import java.util.List;
                    import org.activerecord4j.ActiveRecord;

                    public final class HasMany<T extends ActiveRecord<T>> {
                        public List<T> of(ActiveRecord<?> record) {
                            return List.of();
                        }
                    }
                    """),
            Map.entry("org/activerecord4j/relation/HasManyThrough.java", """
                    package org.activerecord4j.relation;

                    import java.util.List;
                    import org.activerecord4j.ActiveRecord;

                    public final class HasManyThrough<T extends ActiveRecord<T>> {
                        public List<T> of(ActiveRecord<?> record) {
                            return List.of();
                        }
                    }
                    """),
            Map.entry("org/activerecord4j/relation/HasOne.java", """
                    package org.activerecord4j.relation;

                    import org.activerecord4j.ActiveRecord;

                    public final class HasOne<T extends ActiveRecord<T>> {
                        public T of(ActiveRecord<?> record) {
                            return null;
                        }
                    }
                    """),
            Map.entry("org/activerecord4j/relation/RelationOption.java", """
                    package org.activerecord4j.relation;

                    public interface RelationOption {
                    }
                    """));

    private CoreStubs() {
    }
}
