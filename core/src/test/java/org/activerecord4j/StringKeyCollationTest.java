package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.activerecord4j.relation.BelongsTo;
import org.activerecord4j.relation.HasMany;
import org.activerecord4j.relation.HasManyThrough;
import org.activerecord4j.relation.HasOne;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestDatabases.Kind;
import org.junit.jupiter.api.BeforeEach;

/**
 * String keys that the database matches but Java's {@code equals} tells apart: MariaDB's default collation
 * (utf8mb4_general_ci) ignores case and trailing spaces, so a foreign key 'abc' or 'ABC ' points at the parent
 * 'ABC' (its foreign-key check lets it in too), as SQLite's NOCASE collation ignores case. A lazy read found the
 * row and an eager load silently dropped it, so the two disagreed (and a lazy BelongsTo, whose cached parent's key
 * differed from the foreign key, read it again on every call). Both now refuse with one message naming the relation,
 * both keys and the fix. The key columns here use each database's case-insensitive collation where it has one
 * (SQLite NOCASE, MariaDB utf8mb4_general_ci); PostgreSQL's default collation compares exactly, as do MariaDB's
 * utf8mb4_nopad_bin and SQLite's default BINARY: there the rows are simply not related, lazily or eagerly.
 */
class StringKeyCollationTest {

    @Table("ar4j_keycase_shops")
    public static class KeyCaseShop extends ActiveRecord<KeyCaseShop> {
        @Id
        public String code;
        public String name;

        public static final HasMany<KeyCaseItem> items = hasMany(foreignKey("shop_code"), inverseOf("shop"));
        public static final HasOne<KeyCaseSign> sign = hasOne(foreignKey("shop_code"));
        public static final HasManyThrough<KeyCaseMaker> makers = hasManyThrough(through(KeyCaseSupply.class),
                sourceForeignKey("shop_code"), targetForeignKey("maker_code"));
    }

    @Table("ar4j_keycase_items")
    public static class KeyCaseItem extends ActiveRecord<KeyCaseItem> {
        @Id
        public String sku;
        public String shopCode;

        public static final BelongsTo<KeyCaseShop> shop = belongsTo(foreignKey("shop_code"), inverseOf("items"));
    }

    @Table("ar4j_keycase_signs")
    public static class KeyCaseSign extends ActiveRecord<KeyCaseSign> {
        @Id
        public String text;
        public String shopCode;
    }

    @Table("ar4j_keycase_makers")
    public static class KeyCaseMaker extends ActiveRecord<KeyCaseMaker> {
        @Id
        public String code;
    }

    @Table("ar4j_keycase_supplies")
    public static class KeyCaseSupply extends ActiveRecord<KeyCaseSupply> {
        @Id
        public String id;
        public String shopCode;
        public String makerCode;
    }

    private Database database;
    private Kind kind;

    @BeforeEach
    void tables(Database database, Kind kind) {
        this.database = database;
        this.kind = kind;
        create(caseInsensitive(kind));
    }

    /** The key columns' type: the database's case-insensitive collation where it has one. */
    private static String caseInsensitive(Kind kind) {
        return switch (kind) {
            case SQLITE -> "TEXT COLLATE NOCASE";
            case POSTGRESQL -> "VARCHAR(255)";
            case MARIADB, MARIADB_BINARY -> "VARCHAR(255) COLLATE utf8mb4_general_ci";
        };
    }

    /** Whether the key columns made by {@link #caseInsensitive} match {@code a} and {@code b}, as the database compares them. */
    private boolean databaseMatches(String a, String b) {
        return switch (kind) {
            case SQLITE -> a.equalsIgnoreCase(b);
            case POSTGRESQL -> a.equals(b);
            case MARIADB, MARIADB_BINARY -> a.stripTrailing().equalsIgnoreCase(b.stripTrailing());
        };
    }

    private void create(String key) {
        for (String table : List.of("supplies", "makers", "signs", "items", "shops")) {
            database.execute("DROP TABLE IF EXISTS ar4j_keycase_" + table);
        }
        String options = database.dialectName().equals("mariadb") ? " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4" : "";
        database.execute("CREATE TABLE ar4j_keycase_shops (code " + key + " PRIMARY KEY, name VARCHAR(50))" + options);
        database.execute("CREATE TABLE ar4j_keycase_items (sku VARCHAR(50) PRIMARY KEY, shop_code " + key + ")" + options);
        database.execute("CREATE TABLE ar4j_keycase_signs (text VARCHAR(50) PRIMARY KEY, shop_code " + key + ")" + options);
        database.execute("CREATE TABLE ar4j_keycase_makers (code " + key + " PRIMARY KEY)" + options);
        database.execute("CREATE TABLE ar4j_keycase_supplies (id VARCHAR(50) PRIMARY KEY, shop_code " + key + ", maker_code "
                + key + ")" + options);
    }

    private static KeyCaseShop shop(String code) {
        KeyCaseShop shop = new KeyCaseShop();
        shop.code = code;
        shop.name = "shop " + code;
        shop.save();
        return shop;
    }

    private static KeyCaseItem item(String sku, String shopCode) {
        KeyCaseItem item = new KeyCaseItem();
        item.sku = sku;
        item.shopCode = shopCode;
        item.save();
        return item;
    }

    private int statements(Runnable block) {
        return StatementCounter.count(database, block);
    }

    private static String refusal(String relation, String ownersColumn, String ownersKey, String rowsColumn, String rowsKey) {
        return relation + ": the database matched " + ownersColumn + " '" + ownersKey + "' with " + rowsColumn + " '" + rowsKey
                + "', which Java's String.equals tells apart, so lazy and eager loading would not agree on the rows of "
                + relation + ". The database compares these columns ignoring case or trailing spaces (as MariaDB's default"
                + " collation utf8mb4_general_ci does): give both an exact collation (utf8mb4_nopad_bin on MariaDB, BINARY on"
                + " SQLite) or store the keys alike";
    }

    private void belongsTo_lazyAndEagerAgree(String shopCode, String foreignKey) {
        shop(shopCode);
        item("i1", foreignKey);
        if (databaseMatches(shopCode, foreignKey)) {
            String message = refusal("KeyCaseItem.shop", "ar4j_keycase_items.shop_code", foreignKey, "ar4j_keycase_shops.code", shopCode);
            KeyCaseItem lazy = ActiveRecord.findOneOrThrow(KeyCaseItem.class, "i1");
            assertThat(catchThrowableOfType(ActiveRecordException.class, () -> KeyCaseItem.shop.of(lazy))).hasMessage(message);
            assertThat(catchThrowableOfType(ActiveRecordException.class, () -> ActiveRecord.query(KeyCaseItem.class).with("shop").all())).hasMessage(message);
        } else {
            KeyCaseItem lazy = ActiveRecord.findOneOrThrow(KeyCaseItem.class, "i1");
            assertThat(KeyCaseItem.shop.of(lazy)).isNull();
            assertThat(statements(() -> assertThat(KeyCaseItem.shop.of(lazy)).isNull())).isZero();
            KeyCaseItem eager = ActiveRecord.query(KeyCaseItem.class).with("shop").oneOrThrow();
            assertThat(statements(() -> assertThat(KeyCaseItem.shop.of(eager)).isNull())).isZero();
        }
    }

    @DatabaseTest
    void belongsTo_foreignKeyInAnotherCase_lazyAndEagerRefuseAlike_whereTheDatabaseMatchesThem() {
        belongsTo_lazyAndEagerAgree("ABC", "abc");
    }

    @DatabaseTest
    void belongsTo_foreignKeyWithTrailingSpace_lazyAndEagerRefuseAlike_whereTheDatabaseMatchesThem() {
        belongsTo_lazyAndEagerAgree("ABC", "ABC ");
    }

    @DatabaseTest
    void belongsTo_oneOwnerMatchesExactly_anotherInAnotherCase_eagerDoesNotLeaveTheOtherWithoutItsParent() {
        shop("ABC");
        item("i1", "ABC");
        item("i2", "abc");
        if (databaseMatches("ABC", "abc")) {
            KeyCaseItem lazy = ActiveRecord.findOneOrThrow(KeyCaseItem.class, "i2");
            assertThat(catchThrowableOfType(ActiveRecordException.class, () -> KeyCaseItem.shop.of(lazy))).isNotNull();
            assertThat(catchThrowableOfType(ActiveRecordException.class, () -> ActiveRecord.query(KeyCaseItem.class).with("shop").orderBy("sku").all()))
                    .hasMessageContaining("KeyCaseItem.shop: the database matched");
        } else {
            List<KeyCaseItem> items = ActiveRecord.query(KeyCaseItem.class).with("shop").orderBy("sku").all();
            assertThat(KeyCaseItem.shop.of(items.get(0)).code).isEqualTo("ABC");
            assertThat(KeyCaseItem.shop.of(items.get(1))).isNull();
        }
    }

    @DatabaseTest
    void hasMany_childKeyInAnotherCase_lazyAndEagerRefuseAlike_whereTheDatabaseMatchesThem() {
        shop("ABC");
        item("i1", "ABC");
        item("i2", "abc");
        if (databaseMatches("ABC", "abc")) {
            String lazyMessage = refusal("KeyCaseShop.items", "ar4j_keycase_shops.code", "ABC", "ar4j_keycase_items.shop_code", "abc");
            KeyCaseShop lazy = ActiveRecord.findOneOrThrow(KeyCaseShop.class, "ABC");
            assertThat(catchThrowableOfType(ActiveRecordException.class, () -> KeyCaseShop.items.of(lazy))).hasMessage(lazyMessage);
            assertThat(catchThrowableOfType(ActiveRecordException.class, () -> ActiveRecord.query(KeyCaseShop.class).with("items").all()))
                    .hasMessage(lazyMessage);
        } else {
            assertThat(KeyCaseShop.items.of(ActiveRecord.findOneOrThrow(KeyCaseShop.class, "ABC"))).extracting(item -> item.sku).containsExactly("i1");
            assertThat(KeyCaseShop.items.of(ActiveRecord.query(KeyCaseShop.class).with("items").oneOrThrow())).extracting(item -> item.sku).containsExactly("i1");
        }
    }

    @DatabaseTest
    void hasOne_childKeyInAnotherCase_lazyAndEagerRefuseAlike_whereTheDatabaseMatchesThem() {
        shop("ABC");
        KeyCaseSign sign = new KeyCaseSign();
        sign.text = "open";
        sign.shopCode = "abc";
        sign.save();
        if (databaseMatches("ABC", "abc")) {
            String message = refusal("KeyCaseShop.sign", "ar4j_keycase_shops.code", "ABC", "ar4j_keycase_signs.shop_code", "abc");
            KeyCaseShop lazy = ActiveRecord.findOneOrThrow(KeyCaseShop.class, "ABC");
            assertThat(catchThrowableOfType(ActiveRecordException.class, () -> KeyCaseShop.sign.of(lazy))).hasMessage(message);
            assertThat(catchThrowableOfType(ActiveRecordException.class, () -> ActiveRecord.query(KeyCaseShop.class).with("sign").all())).hasMessage(message);
        } else {
            assertThat(KeyCaseShop.sign.of(ActiveRecord.findOneOrThrow(KeyCaseShop.class, "ABC"))).isNull();
            assertThat(KeyCaseShop.sign.of(ActiveRecord.query(KeyCaseShop.class).with("sign").oneOrThrow())).isNull();
        }
    }

    @DatabaseTest
    void hasManyThrough_joinKeyInAnotherCase_eagerRefuses_whereTheDatabaseMatchesThem() {
        shop("ABC");
        KeyCaseMaker maker = new KeyCaseMaker();
        maker.code = "M1";
        maker.save();
        KeyCaseSupply supply = new KeyCaseSupply();
        supply.id = "s1";
        supply.shopCode = "abc";
        supply.makerCode = "m1"; // the target side is joined by the database, lazily and eagerly alike
        supply.save();
        if (databaseMatches("ABC", "abc")) {
            String message = refusal("KeyCaseShop.makers", "ar4j_keycase_shops.code", "ABC", "ar4j_keycase_supplies.shop_code", "abc");
            // A lazy read still answers the maker: its rows do not carry the join rows' key, which it would need to check.
            assertThat(catchThrowableOfType(ActiveRecordException.class, () -> ActiveRecord.query(KeyCaseShop.class).with("makers").all())).hasMessage(message);
        } else {
            assertThat(KeyCaseShop.makers.of(ActiveRecord.findOneOrThrow(KeyCaseShop.class, "ABC"))).isEmpty();
            assertThat(KeyCaseShop.makers.of(ActiveRecord.query(KeyCaseShop.class).with("makers").oneOrThrow())).isEmpty();
        }
    }

    @DatabaseTest
    void exactCollation_keysInAnotherCase_areNotRelated_lazilyOrEagerly() {
        String exact = switch (kind) {
            case SQLITE -> "TEXT";
            case POSTGRESQL -> "VARCHAR(255)";
            case MARIADB, MARIADB_BINARY -> "VARCHAR(255) COLLATE utf8mb4_nopad_bin";
        };
        create(exact);
        shop("ABC");
        item("i1", "ABC");
        item("i2", "abc");
        item("i3", "ABC ");

        List<KeyCaseItem> items = ActiveRecord.query(KeyCaseItem.class).with("shop").orderBy("sku").all();
        assertThat(items).extracting(item -> KeyCaseItem.shop.of(item) == null ? null : KeyCaseItem.shop.of(item).code)
                .containsExactly("ABC", null, null);
        assertThat(KeyCaseItem.shop.of(ActiveRecord.findOneOrThrow(KeyCaseItem.class, "i2"))).isNull();
        assertThat(KeyCaseItem.shop.of(ActiveRecord.findOneOrThrow(KeyCaseItem.class, "i3"))).isNull();
        assertThat(KeyCaseShop.items.of(ActiveRecord.findOneOrThrow(KeyCaseShop.class, "ABC"))).extracting(item -> item.sku).containsExactly("i1");
        assertThat(KeyCaseShop.items.of(ActiveRecord.query(KeyCaseShop.class).with("items").oneOrThrow())).extracting(item -> item.sku).containsExactly("i1");
    }

    @DatabaseTest
    void sameCase_stringKeys_areRelated_lazilyAndEagerly_withoutRereading() {
        shop("ABC");
        item("i1", "ABC");

        KeyCaseItem lazy = ActiveRecord.findOneOrThrow(KeyCaseItem.class, "i1");
        assertThat(KeyCaseItem.shop.of(lazy).code).isEqualTo("ABC");
        assertThat(statements(() -> KeyCaseItem.shop.of(lazy))).isZero();
        KeyCaseItem eager = ActiveRecord.query(KeyCaseItem.class).with("shop").oneOrThrow();
        assertThat(statements(() -> assertThat(KeyCaseItem.shop.of(eager).code).isEqualTo("ABC"))).isZero();
        assertThat(KeyCaseShop.items.of(ActiveRecord.query(KeyCaseShop.class).with("items").oneOrThrow())).extracting(item -> item.sku).containsExactly("i1");
    }
}
