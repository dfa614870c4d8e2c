package org.activerecord4j.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs once per database (SQLite, PostgreSQL, MariaDB), shown as {@code name [sqlite]}.
 * The test may take a {@link org.activerecord4j.Database} parameter; that database is also the default
 * while the test runs. A {@link TestDatabases.Kind} parameter tells which database it is.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(EachDatabaseExtension.class)
public @interface DatabaseTest {
}
