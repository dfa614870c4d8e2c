package org.activerecord4j.processor;

import java.util.Map;

/**
 * Minimal stand-ins for the core types that generated code refers to, with the same names and
 * signatures as far as generated code uses them. The real query types depend on core internals, so
 * tests compile against these instead; the processor itself never sees core.
 */
final class CoreStubs {

    /** Stub sources by path. */
    static final Map<String, String> SOURCES = Map.of(
            "org/activerecord4j/ActiveRecord.java", """
                    package org.activerecord4j;

                    public abstract class ActiveRecord<M extends ActiveRecord<M>> {
                        protected ActiveRecord() {
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
                    }
                    """,
            "org/activerecord4j/Query.java", """
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
                    """,
            "org/activerecord4j/RecordNotFoundException.java", """
                    package org.activerecord4j;

                    public final class RecordNotFoundException extends RuntimeException {
                        private static final long serialVersionUID = 1L;

                        public RecordNotFoundException(String message) {
                            super(message);
                        }
                    }
                    """,
            "org/activerecord4j/query/Condition.java", """
                    package org.activerecord4j.query;

                    public interface Condition {
                        String sql();
                    }
                    """,
            "org/activerecord4j/query/ModelFields.java", """
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
                    """,
            "org/activerecord4j/query/Property.java", """
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
                    """,
            "org/activerecord4j/query/ComparableProperty.java", """
                    package org.activerecord4j.query;

                    public class ComparableProperty<M, V extends Comparable<? super V>> extends Property<M, V> {
                        public ComparableProperty(Class<M> model, String name) {
                            super(model, name);
                        }

                        public final Condition gt(V value) {
                            return () -> name() + " > " + value;
                        }
                    }
                    """,
            "org/activerecord4j/query/StringProperty.java", """
                    package org.activerecord4j.query;

                    public class StringProperty<M> extends ComparableProperty<M, String> {
                        public StringProperty(Class<M> model, String name) {
                            super(model, name);
                        }

                        public final Condition like(String pattern) {
                            return () -> name() + " LIKE " + pattern;
                        }
                    }
                    """);

    private CoreStubs() {
    }
}
