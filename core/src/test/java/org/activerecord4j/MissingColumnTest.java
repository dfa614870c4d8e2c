package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.User;
import org.activerecord4j.relation.BelongsTo;
import org.activerecord4j.relation.HasMany;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * A model with a field its table lacks (a migration not run, a typo in {@code @Column}) fails on its first statement
 * on every database, naming the column. Regression: SQLite read a double-quoted name that is no column as a string
 * literal, so {@code SELECT "nickname"} returned the text 'nickname' as the field's value, {@code WHERE "nickname" = ?}
 * compared the literal (matching every row whose value was the column's name, none otherwise) and a relation on a
 * missing foreign key loaded as empty, where PostgreSQL and MariaDB fail.
 */
class MissingColumnTest {

    /** A user whose table has no nickname column. */
    @Table("users")
    public static class Nicknamed extends ActiveRecord<Nicknamed> {
        public Long id;
        public String name;
        public String nickname;
    }

    /** A user whose memos are found by a foreign key their table lacks. */
    @Table("users")
    public static class Owner extends ActiveRecord<Owner> {
        public Long id;
        public String name;
        public static final HasMany<Memo> memos = hasMany(target("Memo"), foreignKey("owner_id"), inverseOf("owner"));
    }

    /** A post whose foreign key owner_id is not in its table. */
    @Table("posts")
    public static class Memo extends ActiveRecord<Memo> {
        public Long id;
        public Long ownerId;
        public String title;
        public static final BelongsTo<Owner> owner = belongsTo(foreignKey("owner_id"), inverseOf("memos"));
    }

    private Long annId;

    @BeforeEach
    void data(Database database) {
        TestSchema.recreate(database, User.class, Post.class);
        User ann = new User("Ann", 31);
        ann.save();
        annId = ann.id;
        new User("Bob", 17).save();
        Post post = new Post();
        post.userId = ann.id;
        post.title = "Hello";
        post.save();
    }

    @DatabaseTest
    void findOne_ofAModelWithAColumnItsTableLacks_failsNamingTheColumn() {
        assertThatThrownBy(() -> ActiveRecord.findOne(Nicknamed.class, annId))
                .isInstanceOf(StatementFailedException.class).hasMessageContaining("nickname");
    }

    @DatabaseTest
    void query_ofAModelWithAColumnItsTableLacks_failsNamingTheColumn() {
        assertThatThrownBy(() -> ActiveRecord.query(Nicknamed.class).all())
                .isInstanceOf(StatementFailedException.class).hasMessageContaining("nickname");
        assertThatThrownBy(() -> ActiveRecord.query(Nicknamed.class).first())
                .isInstanceOf(StatementFailedException.class).hasMessageContaining("nickname");
    }

    @DatabaseTest
    void where_onAColumnTheTableLacks_failsInsteadOfComparingTheColumnsName() {
        assertThatThrownBy(() -> ActiveRecord.query(Nicknamed.class).whereEq("nickname", "nickname").count())
                .isInstanceOf(StatementFailedException.class).hasMessageContaining("nickname");
        assertThatThrownBy(() -> ActiveRecord.query(Nicknamed.class).whereEq("nickname", "Ann").exists())
                .isInstanceOf(StatementFailedException.class).hasMessageContaining("nickname");
    }

    @DatabaseTest
    void relation_onAForeignKeyTheTableLacks_failsInsteadOfLoadingEmpty() {
        Owner ann = ActiveRecord.findOne(Owner.class, annId);
        assertThatThrownBy(() -> Owner.memos.of(ann))
                .isInstanceOf(StatementFailedException.class).hasMessageContaining("owner_id");
        assertThatThrownBy(() -> ActiveRecord.query(Owner.class).with("memos").all())
                .isInstanceOf(StatementFailedException.class).hasMessageContaining("owner_id");
    }

    @DatabaseTest
    void theTableItself_stillReadsAndWrites() {
        assertThat(User.query().orderBy(User.c.name.asc()).all()).extracting(user -> user.name).containsExactly("Ann", "Bob");
        assertThat(User.query().where(User.c.name.eq("Ann")).count()).isEqualTo(1);
        assertThat(Post.query().all()).extracting(post -> post.title).isEqualTo(List.of("Hello"));
    }
}
