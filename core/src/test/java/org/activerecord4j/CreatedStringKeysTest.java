package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activerecord4j.relation.BelongsTo;
import org.activerecord4j.relation.HasMany;
import org.activerecord4j.relation.HasManyThrough;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestDatabases.Kind;
import org.junit.jupiter.api.BeforeEach;

/**
 * String keys in the tables {@code createTables} makes compare exactly, as Java's {@code String.equals} does: 'abc',
 * 'ABC' and 'abc ' are three parents, and a child is related to the one its key spells, lazily and eagerly alike.
 * MariaDB's default collation (utf8mb4_general_ci, PAD SPACE) took 'ABC' and 'abc ' for 'abc': a second parent was a
 * duplicate key, and findOne("ABC") found 'abc'. So on MariaDB the String primary-key and foreign-key columns
 * activerecord4j writes are {@code utf8mb4_nopad_bin}, on both sides of each foreign key (MariaDB refuses a foreign key
 * whose collation differs from the key's); other text columns keep the database's default, which ignores case there as
 * users of Rails on MySQL expect. PostgreSQL and SQLite compare text exactly by default.
 */
class CreatedStringKeysTest {

    @Table("ar4j_keyddl_shops")
    public static class CreatedShop extends ActiveRecord<CreatedShop> {
        @Id
        public String code;
        public String name;

        public static final HasMany<CreatedItem> items = hasMany(foreignKey("shop_code"), inverseOf("shop"));
        public static final HasManyThrough<CreatedMaker> makers = hasManyThrough(through(CreatedSupply.class),
                sourceForeignKey("shop_code"), targetForeignKey("maker_code"));
    }

    @Table("ar4j_keyddl_items")
    public static class CreatedItem extends ActiveRecord<CreatedItem> {
        @Id
        public String sku;
        public String shopCode;

        public static final BelongsTo<CreatedShop> shop = belongsTo(foreignKey("shop_code"), inverseOf("items"));
    }

    @Table("ar4j_keyddl_makers")
    public static class CreatedMaker extends ActiveRecord<CreatedMaker> {
        @Id
        public String code;
    }

    @Table("ar4j_keyddl_supplies")
    public static class CreatedSupply extends ActiveRecord<CreatedSupply> {
        public Long id;
        public String shopCode;
        public String makerCode;

        public static final BelongsTo<CreatedShop> shop = belongsTo(foreignKey("shop_code"));
        public static final BelongsTo<CreatedMaker> maker = belongsTo(foreignKey("maker_code"));
    }

    private Database database;

    @BeforeEach
    void tables(Database database) {
        this.database = database;
        database.dropTables(CreatedSupply.class, CreatedItem.class, CreatedMaker.class, CreatedShop.class);
        database.createTables(CreatedShop.class, CreatedMaker.class, CreatedItem.class, CreatedSupply.class);
    }

    private static CreatedShop shop(String code) {
        CreatedShop shop = new CreatedShop();
        shop.code = code;
        shop.name = "shop " + code;
        shop.save();
        return shop;
    }

    private static CreatedItem item(String sku, String shopCode) {
        CreatedItem item = new CreatedItem();
        item.sku = sku;
        item.shopCode = shopCode;
        item.save();
        return item;
    }

    private static String shopOf(CreatedItem item) {
        CreatedShop shop = CreatedItem.shop.of(item);
        return shop == null ? null : shop.code;
    }

    private static List<String> skus(List<CreatedItem> items) {
        return items.stream().map(item -> item.sku).toList();
    }

    @DatabaseTest
    void keysInAnotherCaseOrWithATrailingSpace_areParentsOfTheirOwn_andChildrenRelateToTheKeyTheySpell_lazilyAndEagerly() {
        shop("abc");
        shop("ABC");
        shop("abc ");
        item("i1", "abc");
        item("i2", "ABC");
        item("i3", "abc ");

        assertThat(ActiveRecord.query(CreatedShop.class).count()).isEqualTo(3);
        for (String sku : List.of("i1", "i2", "i3")) {
            CreatedItem lazy = ActiveRecord.findOneOrThrow(CreatedItem.class, sku);
            assertThat(shopOf(lazy)).as(sku).isEqualTo(lazy.shopCode);
        }
        Map<String, String> eager = new LinkedHashMap<>();
        ActiveRecord.query(CreatedItem.class).with("shop").orderBy("sku").all().forEach(item -> eager.put(item.sku, shopOf(item)));
        assertThat(eager).containsExactly(Map.entry("i1", "abc"), Map.entry("i2", "ABC"), Map.entry("i3", "abc "));

        assertThat(skus(CreatedShop.items.of(ActiveRecord.findOneOrThrow(CreatedShop.class, "abc")))).containsExactly("i1");
        assertThat(skus(CreatedShop.items.of(ActiveRecord.findOneOrThrow(CreatedShop.class, "ABC")))).containsExactly("i2");
        Map<String, List<String>> children = new LinkedHashMap<>();
        ActiveRecord.query(CreatedShop.class).with("items").all().forEach(shop -> children.put(shop.code, skus(CreatedShop.items.of(shop))));
        assertThat(children).containsOnly(Map.entry("abc", List.of("i1")), Map.entry("ABC", List.of("i2")),
                Map.entry("abc ", List.of("i3")));
    }

    @DatabaseTest
    void joinTableKeys_relateTheKeysTheySpell_lazilyAndEagerly() {
        shop("abc");
        shop("ABC");
        for (String code : List.of("m1", "M1")) {
            CreatedMaker maker = new CreatedMaker();
            maker.code = code;
            maker.save();
        }
        CreatedSupply supply = new CreatedSupply();
        supply.shopCode = "abc";
        supply.makerCode = "m1";
        supply.save();

        assertThat(CreatedShop.makers.of(ActiveRecord.findOneOrThrow(CreatedShop.class, "abc"))).extracting(maker -> maker.code).containsExactly("m1");
        assertThat(CreatedShop.makers.of(ActiveRecord.findOneOrThrow(CreatedShop.class, "ABC"))).isEmpty();
        Map<String, List<String>> eager = new LinkedHashMap<>();
        ActiveRecord.query(CreatedShop.class).with("makers").all()
                .forEach(shop -> eager.put(shop.code, CreatedShop.makers.of(shop).stream().map(maker -> maker.code).toList()));
        assertThat(eager).containsOnly(Map.entry("abc", List.of("m1")), Map.entry("ABC", List.of()));
    }

    @DatabaseTest
    void findOne_byAKeyInAnotherCaseOrWithATrailingSpace_findsNothing() {
        shop("abc");

        assertThat(ActiveRecord.findOne(CreatedShop.class, "ABC")).isNull();
        assertThat(ActiveRecord.findOne(CreatedShop.class, "abc ")).isNull();
        assertThat(ActiveRecord.query(CreatedShop.class).where("code = ?", "ABC").exists()).isFalse();
        assertThat(ActiveRecord.findOne(CreatedShop.class, "abc").code).isEqualTo("abc");
    }

    @DatabaseTest
    void otherTextColumns_keepTheDatabasesDefaultCollation(Kind kind) throws SQLException {
        shop("abc");

        boolean ignoresCase = kind == Kind.MARIADB || kind == Kind.MARIADB_BINARY;
        assertThat(ActiveRecord.query(CreatedShop.class).where("name = ?", "SHOP ABC").exists()).isEqualTo(ignoresCase);
        if (ignoresCase) {
            assertThat(collations()).containsOnly(
                    Map.entry("ar4j_keyddl_shops.code", "utf8mb4_nopad_bin"),
                    Map.entry("ar4j_keyddl_shops.name", "utf8mb4_general_ci"),
                    Map.entry("ar4j_keyddl_items.sku", "utf8mb4_nopad_bin"),
                    Map.entry("ar4j_keyddl_items.shop_code", "utf8mb4_nopad_bin"),
                    Map.entry("ar4j_keyddl_makers.code", "utf8mb4_nopad_bin"),
                    Map.entry("ar4j_keyddl_supplies.shop_code", "utf8mb4_nopad_bin"),
                    Map.entry("ar4j_keyddl_supplies.maker_code", "utf8mb4_nopad_bin"));
        }
    }

    /** Each text column of the test's tables with its collation, as MariaDB's catalogue reports it. */
    private Map<String, String> collations() throws SQLException {
        Map<String, String> collations = new LinkedHashMap<>();
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME, COLLATION_NAME"
                        + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE 'ar4j_keyddl_%'"
                        + " AND COLLATION_NAME IS NOT NULL")) {
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    collations.put(rows.getString(1) + "." + rows.getString(2), rows.getString(3));
                }
            }
        }
        return collations;
    }
}
