package org.activerecord4j.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The URL each dialect hands its driver: a {@code jdbc:mysql:} URL gains what MariaDB Connector/J needs to take it. */
class DialectUrlTest {

    @Test
    void mysqlSchemeUrl_isPermittedForTheMariaDbDriver_keepingItsParameters() {
        Dialect dialect = Dialects.forUrl("jdbc:mysql://db:3306/app");

        assertThat(dialect.driverUrl("jdbc:mysql://db:3306/app")).isEqualTo("jdbc:mysql://db:3306/app?permitMysqlScheme");
        assertThat(dialect.driverUrl("jdbc:mysql://db/app?useSsl=true")).isEqualTo("jdbc:mysql://db/app?useSsl=true&permitMysqlScheme");
        assertThat(dialect.driverUrl("jdbc:mysql://db/app?")).isEqualTo("jdbc:mysql://db/app?permitMysqlScheme");
        assertThat(dialect.driverUrl("jdbc:mysql://db/app?permitMysqlScheme")).isEqualTo("jdbc:mysql://db/app?permitMysqlScheme");
    }

    @Test
    void otherUrls_reachTheirDriversUnchanged() {
        assertThat(Dialects.MARIADB.driverUrl("jdbc:mariadb://db/app")).isEqualTo("jdbc:mariadb://db/app");
        assertThat(Dialects.POSTGRESQL.driverUrl("jdbc:postgresql://db/app?x=1")).isEqualTo("jdbc:postgresql://db/app?x=1");
        assertThat(Dialects.SQLITE.driverUrl("jdbc:sqlite:app.db")).isEqualTo("jdbc:sqlite:app.db");
    }
}
