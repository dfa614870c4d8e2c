package org.activerecord4j.testing;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.Database;

/**
 * Creates the schema of a test class's database, once, before its first test: the tables of listed
 * models, or the project's migrations.
 *
 * <pre>{@code
 * TestDatabase.withTables(Author.class, Book.class);           // Database.createTables, parents first
 * TestDatabase.withSchema(Migrations::migrate);                // or the project's migrations
 * }</pre>
 *
 * <p>Implementations are called from the thread that runs the test class; they need not be thread-safe.
 */
@FunctionalInterface
public interface SchemaSource {

    /**
     * Creates the schema in {@code database}, which may already hold it (a server database named by a
     * URL outlives the test run), so it should create only what is missing.
     *
     * @param database the test class's database
     * @throws Exception when the schema cannot be created; the test class then fails with it
     */
    void create(Database database) throws Exception;

    /**
     * Creates the tables of {@code models} with {@link Database#createTables(Class[])}, which skips the
     * tables that exist.
     *
     * @param models the model classes, parents before children
     * @return the schema source
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the copy only reaches Database.createTables, itself @SafeVarargs
    static SchemaSource tables(Class<? extends ActiveRecord<?>>... models) {
        Class<? extends ActiveRecord<?>>[] copy = models.clone();
        String names = Arrays.stream(copy).map(Class::getSimpleName).collect(Collectors.joining(", "));
        return new SchemaSource() {
            @Override
            public void create(Database database) {
                database.createTables(copy);
            }

            @Override
            public String toString() {
                return "the tables of " + names;
            }
        };
    }
}
