package org.activerecord4j.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.activerecord4j.ActiveRecord;
import org.activerecord4j.Column;
import org.activerecord4j.Database;
import org.activerecord4j.ModelDefinitionException;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.Table;
import org.activerecord4j.schema.DdlWriter;
import org.activerecord4j.schema.TableDefinition;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestDatabases.Kind;
import org.junit.jupiter.api.BeforeEach;

/**
 * A table or column name longer than the database takes is refused before any SQL: PostgreSQL would cut it to 63
 * bytes, so two models whose names differ only after that shared one table (the second model's rows landed in the
 * first's), and MariaDB refuses names over 64 characters with "Incorrect table name". SQLite has no limit.
 */
class LongIdentifierTest {

    /** 82 bytes, 82 characters. */
    static final String LONG = "ar4j_a_table_name_that_is_longer_than_what_postgresql_keeps_in_its_catalogue";

    @Table(LONG + "_first")
    public static class First extends ActiveRecord<First> {
        public Long id;
        public String name;
    }

    @Table(LONG + "_second")
    public static class Second extends ActiveRecord<Second> {
        public Long id;
        public String name;
    }

    /** A column name of 40 characters and 80 bytes: within MariaDB's 64 characters, over PostgreSQL's 63 bytes. */
    @Table("ar4j_wide_names")
    public static class Wide extends ActiveRecord<Wide> {
        public Long id;
        @Column("éééééééééééééééééééééééééééééééééééééééé")
        public String accents;
    }

    @BeforeEach
    void clean(Database database) {
        database.dropTables(Wide.class);
        if (database.dialectName().equals("sqlite")) {
            database.dropTables(First.class, Second.class);
        }
    }

    @DatabaseTest
    void tableNamesSharingTheFirst63Bytes_areTwoTablesOrRefusedBeforeAnySql(Database database, Kind kind) {
        if (kind == Kind.SQLITE) {
            database.createTables(First.class, Second.class);
            saved(new First(), "first");
            saved(new Second(), "second");
            assertThat(ActiveRecord.query(First.class).all()).extracting(first -> first.name).containsExactly("first");
            assertThat(ActiveRecord.query(Second.class).all()).extracting(second -> second.name).containsExactly("second");
            return;
        }
        String refused = kind == Kind.POSTGRESQL
                ? "The name '" + LONG + "_first' is 82 bytes long, longer than postgresql takes (63 bytes); give the "
                        + "table or column a shorter name (@Table, @Column)"
                : "The name '" + LONG + "_first' is 82 characters long, longer than mariadb takes (64 characters); give "
                        + "the table or column a shorter name (@Table, @Column)";
        assertThat(StatementCounter.count(database, () -> {
            assertThatThrownBy(() -> database.createTables(First.class)).isInstanceOf(ModelDefinitionException.class)
                    .hasMessage(refused);
            assertThatThrownBy(() -> saved(new First(), "first")).isInstanceOf(ModelDefinitionException.class)
                    .hasMessage(refused);
            assertThatThrownBy(() -> ActiveRecord.query(First.class).count()).isInstanceOf(ModelDefinitionException.class)
                    .hasMessage(refused);
            assertThatThrownBy(() -> DdlWriter.forDialect(database.dialectName()).createTable(TableDefinition.of(First.class)))
                    .isInstanceOf(ModelDefinitionException.class).hasMessage(refused);
        })).isZero();
    }

    @DatabaseTest
    void nonAsciiColumnName_isMeasuredAsTheDatabaseMeasuresIt(Database database, Kind kind) {
        if (kind == Kind.POSTGRESQL) {
            assertThatThrownBy(() -> database.createTables(Wide.class)).isInstanceOf(ModelDefinitionException.class)
                    .hasMessageStartingWith("The name 'éééééééééééééééééééééééééééééééééééééééé' is 80 bytes long");
            return;
        }
        database.createTables(Wide.class);
        Wide wide = new Wide();
        wide.accents = "àçcênts";
        wide.save();
        assertThat(ActiveRecord.query(Wide.class).whereEq("accents", "àçcênts").all())
                .extracting(row -> row.id).containsExactly(wide.id);
    }

    private static <T extends ActiveRecord<T>> void saved(T record, String name) {
        if (record instanceof First first) {
            first.name = name;
        } else if (record instanceof Second second) {
            second.name = name;
        }
        record.save();
    }
}
