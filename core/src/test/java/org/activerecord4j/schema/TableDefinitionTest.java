package org.activerecord4j.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.activerecord4j.InvalidArgumentException;
import org.activerecord4j.models.Order;
import org.junit.jupiter.api.Test;

class TableDefinitionTest {

    @Test
    void of_compiledModel_describesColumnsLimitsKeyAndBelongsToForeignKeys() {
        TableDefinition orders = TableDefinition.of(Order.class);

        assertThat(orders.name()).isEqualTo("orders");
        assertThat(orders.columns()).containsExactly(
                ColumnDefinition.of("id", JavaType.LONG),
                ColumnDefinition.of("user_id", JavaType.LONG),
                ColumnDefinition.of("total", JavaType.DECIMAL).withDecimal(38, 2),
                ColumnDefinition.of("status", JavaType.STRING));
        assertThat(orders.primaryKey()).isEqualTo("id");
        assertThat(orders.keyGeneration()).isEqualTo(KeyGeneration.DATABASE);
        assertThat(orders.foreignKeys()).containsExactly(new ForeignKeyDefinition("user_id", "users", "id"));
        assertThat(orders.indexes()).containsExactly("user_id");
    }

    @Test
    void of_joinModelOfHasManyThroughs_getsTheUniquePairTheGeneratorWrites_onceForBothDirections() {
        TableDefinition enrollments = TableDefinition.of(org.activerecord4j.models.Enrollment.class);
        TableDefinition rosters = TableDefinition.of(org.activerecord4j.models.Roster.class);

        assertThat(enrollments.uniqueKeys()).containsExactly(java.util.List.of("student_id", "course_id"));
        assertThat(rosters.uniqueKeys()).containsExactly(java.util.List.of("team_id", "player_id"));
        assertThat(DdlWriter.forDialect("postgresql").createTable(enrollments).get(0))
                .contains("CONSTRAINT \"uq_enrollments_student_id_course_id\" UNIQUE (\"student_id\", \"course_id\")");
        assertThat(TableDefinition.of(Order.class).uniqueKeys()).isEmpty();
    }

    @Test
    void of_modelWithColumnLimits_readsLengthNullableUniqueAndPrimitives() {
        TableDefinition accounts = TableDefinition.of(Account.class);

        assertThat(accounts.column("login")).contains(
                ColumnDefinition.of("login", JavaType.STRING).withLength(120).withNullable(false).withUnique(true));
        assertThat(accounts.column("email")).contains(ColumnDefinition.of("email", JavaType.STRING).withUnique(true));
        assertThat(accounts.column("visits")).contains(ColumnDefinition.of("visits", JavaType.INTEGER).withNullable(false));
    }

    @Test
    void build_foreignKeyOnMissingColumn_namesTheTableAndListsItsColumns() {
        TableDefinition.Builder builder = TableDefinition.builder("orders")
                .column(ColumnDefinition.of("id", JavaType.LONG)).primaryKey("id", KeyGeneration.DATABASE)
                .foreignKey("user_id", "users", "id");

        assertThatThrownBy(builder::build).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Table orders: the foreign key column 'user_id' is not a column; its columns: id");
    }

    @Test
    void build_databaseGeneratedStringKey_isRefused() {
        TableDefinition.Builder builder = TableDefinition.builder("tags")
                .column(ColumnDefinition.of("code", JavaType.STRING)).primaryKey("code", KeyGeneration.DATABASE);

        assertThatThrownBy(builder::build).isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Table tags: the database generates only LONG or INTEGER keys, but code is STRING; "
                        + "use KeyGeneration.APPLICATION");
    }

    @Test
    void build_withoutKey_saysHowToSetIt() {
        assertThatThrownBy(() -> TableDefinition.builder("tags").column(ColumnDefinition.of("id", JavaType.LONG)).build())
                .hasMessage("Table tags has no primary key; call primaryKey(column, generation)");
    }

    @Test
    void columnDefinition_badLimits_nameTheColumnAndTheRule() {
        ColumnDefinition total = ColumnDefinition.of("total", JavaType.DECIMAL);

        assertThatThrownBy(() -> total.withDecimal(4, 6)).hasMessage(
                "The decimal of column total needs 1 <= precision <= 1000 and 0 <= scale <= precision but was precision 4, scale 6");
        assertThatThrownBy(() -> total.withLength(-1)).hasMessage(
                "The length of column total must be 0 (no limit) or positive but was -1");
        assertThatThrownBy(() -> ColumnDefinition.of(" ", JavaType.LONG)).hasMessage(
                "A column needs a non-blank name but was ' '");
    }

    @Test
    void toBuilder_addsToACopy_andEqualTablesAreEqual() {
        TableDefinition orders = TableDefinition.of(Order.class);

        TableDefinition unique = orders.toBuilder().uniqueKey("user_id", "status").build();

        assertThat(orders.toBuilder().build()).isEqualTo(orders).hasSameHashCodeAs(orders);
        assertThat(unique.uniqueKeys()).containsExactly(java.util.List.of("user_id", "status"));
        assertThat(orders.uniqueKeys()).isEmpty();
    }

    @Test
    void javaType_forName_readsSourceSpellings() {
        assertThat(JavaType.forName("long")).contains(JavaType.LONG);
        assertThat(JavaType.forName("java.math.BigDecimal")).contains(JavaType.DECIMAL);
        assertThat(JavaType.forName("byte []")).contains(JavaType.BYTES);
        assertThat(JavaType.forName("Instant")).contains(JavaType.INSTANT);
        assertThat(JavaType.forName("Status")).isEmpty();
        assertThat(JavaType.of(int.class)).isEqualTo(JavaType.INTEGER);
        assertThatThrownBy(() -> JavaType.of(Object.class)).hasMessageStartingWith(
                "Unsupported field type java.lang.Object; supported: Long, Integer, Short, String, Boolean");
    }

    @Test
    void conventions_nameTablesColumnsAndForeignKeysAsTheRuntimeDoes() {
        assertThat(Conventions.tableName("OrderItem")).isEqualTo("order_items");
        assertThat(Conventions.tableName("Person")).isEqualTo("people");
        assertThat(Conventions.columnName("placedAt")).isEqualTo("placed_at");
        assertThat(Conventions.foreignKey("OrderItem")).isEqualTo("order_item_id");
    }
}
