package org.activerecord4j.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A {@link DatabaseTest} for behaviour only a database server has (a session the server kills, a network
 * between client and server): it runs once per selected server database, as {@code name [postgresql]},
 * {@code name [mariadb]}, {@code name [mariadb-binary]}, and not on SQLite. The test class says why SQLite
 * is left out.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(ServerDatabasesExtension.class)
public @interface ServerDatabaseTest {
}
