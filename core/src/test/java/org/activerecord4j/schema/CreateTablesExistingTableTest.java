package org.activerecord4j.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.activerecord4j.ActiveRecord;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.Database;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.Table;
import org.activerecord4j.testing.DatabaseTest;

/**
 * createTables over a table that already exists. Regression: it skipped the table whatever its columns, so a model
 * with a column the table lacks (a field added since the table was made) was told nothing until its first statement.
 */
class CreateTablesExistingTableTest {

    /** A gadget whose table made by hand may lack its weight and colour. */
    @Table("gadgets")
    public static class Gadget extends ActiveRecord<Gadget> {
        public Long id;
        public String name;
        public Integer weightGrams;
        public String colour;
    }

    @DatabaseTest
    void existingTableWithoutSomeOfTheModelsColumns_isRefused_namingThem(Database database) {
        database.execute("DROP TABLE IF EXISTS gadgets");
        database.execute("CREATE TABLE gadgets (id BIGINT PRIMARY KEY, name VARCHAR(50))");

        Throwable failure = catchThrowable(() -> database.createTables(Gadget.class));

        assertThat(failure).isExactlyInstanceOf(ActiveRecordException.class)
                .hasMessage("Cannot create table gadgets of " + Gadget.class.getName() + ": it exists without the "
                        + "model's columns weight_grams, colour; add them (a migration), or drop the table to have "
                        + "createTables make it anew");
        database.execute("DROP TABLE gadgets");
    }

    @DatabaseTest
    void existingTableWithEveryColumnOfTheModelAndMore_isLeftAsItIs(Database database) {
        database.execute("DROP TABLE IF EXISTS gadgets");
        database.execute("CREATE TABLE gadgets (id BIGINT PRIMARY KEY, NAME VARCHAR(50), weight_grams INTEGER, "
                + "colour VARCHAR(20), notes VARCHAR(200))");

        assertThat(StatementCounter.count(database, () -> database.createTables(Gadget.class))).isZero();
        database.execute("DROP TABLE gadgets");
    }
}
