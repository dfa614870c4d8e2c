package org.activerecord4j.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.Column;
import org.activerecord4j.Database;
import org.activerecord4j.Id;
import org.activerecord4j.Table;
import org.activerecord4j.relation.BelongsTo;
import org.activerecord4j.relation.Dependent;
import org.activerecord4j.relation.HasMany;
import org.activerecord4j.relation.HasManyThrough;
import org.activerecord4j.relation.HasOne;
import org.activerecord4j.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;

/**
 * Tables and columns named by SQL reserved words (on some database, e.g. {@code user} on PostgreSQL) work through
 * every statement activerecord4j writes: schema, insert with a generated key, update, delete, reads, eager and lazy
 * loading of each relation kind, relation writes and dependents.
 */
class ReservedWordIdentifierTest {

    /** Owner: table {@code group}, key column {@code select}. */
    @Table("group")
    public static class Group extends ActiveRecord<Group> {
        @Id
        @Column("select")
        public Long key;
        public String from;
        public Integer order;
        @Column("desc")
        public String description;

        public static final HasMany<Member> members = hasMany(foreignKey("group"), inverseOf("group"), orderBy("order DESC"),
                dependent(Dependent.DESTROY));
        public static final HasOne<Check> check = hasOne(foreignKey("group"), inverseOf("group"), dependent(Dependent.DELETE));
        public static final HasManyThrough<User> users = hasManyThrough(through(Primary.class), sourceForeignKey("group"),
                targetForeignKey("user"), orderBy("limit ASC"), dependent(Dependent.DELETE));
    }

    /** Child: table {@code key}. */
    @Table("key")
    public static class Member extends ActiveRecord<Member> {
        public Long id;
        @Column("group")
        public Long groupKey;
        public Integer order;
        public String select;

        public static final BelongsTo<Group> group = belongsTo(foreignKey("group"), inverseOf("members"));
    }

    /** One-to-one child: table {@code check}. */
    @Table("check")
    public static class Check extends ActiveRecord<Check> {
        public Long id;
        @Column("group")
        public Long groupKey;
        @Column("default")
        public String fallback;

        public static final BelongsTo<Group> group = belongsTo(foreignKey("group"), inverseOf("check"));
    }

    /** Through target: table {@code user}. */
    @Table("user")
    public static class User extends ActiveRecord<User> {
        public Long id;
        public String limit;
    }

    /** Join model: table {@code primary}. */
    @Table("primary")
    public static class Primary extends ActiveRecord<Primary> {
        public Long id;
        @Column(value = "group", nullable = false)
        public Long groupKey;
        @Column(value = "user", nullable = false)
        public Long userKey;
    }

    private Group red;
    private User ann;
    private User bob;

    @BeforeEach
    void data(Database database) {
        for (Class<? extends ActiveRecord<?>> model : List.of(Primary.class, Check.class, Member.class, User.class, Group.class)) {
            database.dropTables(model);
        }
        database.createTables(Group.class, Member.class, Check.class, User.class, Primary.class);
        red = group("red", 1, "first");
        ann = user("b-ann");
        bob = user("a-bob");
    }

    @DatabaseTest
    void everyPath_overReservedWordNames_works(Database database) {
        Group blue = group("blue", 2, "second");
        assertThat(red.key).isNotNull();
        assertThat(blue.key).isGreaterThan(red.key);

        red.order = 5;
        red.description = "changed";
        red.save();
        Group reread = Group.findOneOrThrow(Group.class, red.key);
        assertThat(reread.order).isEqualTo(5);
        assertThat(reread.description).isEqualTo("changed");
        assertThat(ActiveRecord.query(Group.class).whereEq("from", "red").whereEq("order", 5).count()).isEqualTo(1);
        assertThat(ActiveRecord.query(Group.class).orderBy("order DESC").all()).extracting(g -> g.from).containsExactly("red", "blue");
        assertThat(ActiveRecord.query(Group.class).orderBy("desc").limit(1).offset(1).count()).isEqualTo(1);
        assertThat(ActiveRecord.query(Group.class).whereEq("desc", "second").exists()).isTrue();

        Member one = new Member();
        one.order = 1;
        one.select = "one";
        Group.members.add(red, one);
        Member two = new Member();
        two.order = 2;
        two.select = "two";
        Group.members.add(red, two);
        Check check = new Check();
        check.fallback = "yes";
        check.groupKey = red.key;
        check.save();
        Group.users.add(red, ann);
        Group.users.add(red, bob);

        List<Group> loaded = ActiveRecord.query(Group.class).with("members.group", "check", "users").orderBy("select").all();
        Group first = loaded.get(0);
        assertThat(first.key).isEqualTo(red.key);
        assertThat(Group.members.of(first)).extracting(m -> m.select).containsExactly("two", "one");
        assertThat(Group.check.of(first).fallback).isEqualTo("yes");
        assertThat(Group.users.of(first)).extracting(u -> u.limit).containsExactly("a-bob", "b-ann");
        assertThat(Group.users.of(loaded.get(1))).isEmpty();

        List<Group> limited = ActiveRecord.query(Group.class)
                .with("members", q -> q.limit(1)).with("users", q -> q.offset(1).limit(1)).orderBy("select").all();
        assertThat(Group.members.of(limited.get(0))).extracting(m -> m.select).containsExactly("two");
        assertThat(Group.users.of(limited.get(0))).extracting(u -> u.limit).containsExactly("b-ann");

        Group lazy = Group.findOneOrThrow(Group.class, red.key);
        assertThat(Group.members.of(lazy)).hasSize(2);
        assertThat(Member.group.of(Group.members.of(lazy).get(0)).key).isEqualTo(red.key);
        assertThat(Group.users.of(lazy)).hasSize(2);
        assertThat(Group.users.query(lazy).whereEq("limit", "b-ann").count()).isEqualTo(1);
        assertThat(Group.check.of(lazy).fallback).isEqualTo("yes");

        Group.users.remove(lazy, ann);
        Group.members.remove(lazy, one);
        assertThat(Group.users.of(Group.findOneOrThrow(Group.class, red.key))).extracting(u -> u.limit).containsExactly("a-bob");
        try (Stream<Member> members = ActiveRecord.query(Member.class).with("group").stream()) {
            // remove() under dependent(DESTROY) destroys the member, as Rails' collection.delete does
            assertThat(members.map(m -> m.select)).containsExactly("two");
        }

        lazy.delete();
        assertThat(ActiveRecord.query(Group.class).count()).isEqualTo(1);
        assertThat(ActiveRecord.query(Member.class).all()).isEmpty();   // "one" went with remove(), "two" with its group
        assertThat(ActiveRecord.query(Check.class).count()).isZero();
        assertThat(ActiveRecord.query(Primary.class).count()).isZero();
        assertThat(ActiveRecord.query(User.class).count()).isEqualTo(2);
        ActiveRecord.saveAll(List.of(user("c"), user("d")));
        assertThat(ActiveRecord.query(User.class).count()).isEqualTo(4);
    }

    private static Group group(String from, int order, String description) {
        Group group = new Group();
        group.from = from;
        group.order = order;
        group.description = description;
        group.save();
        return group;
    }

    private static User user(String limit) {
        User user = new User();
        user.limit = limit;
        user.save();
        return user;
    }
}
