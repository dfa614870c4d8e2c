package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.activerecord4j.invalid.ForeignKeyOnWrongSide;
import org.activerecord4j.invalid.InverseOfWrongKind;
import org.activerecord4j.invalid.InversePointsElsewhere;
import org.activerecord4j.invalid.MissingInverse;
import org.activerecord4j.invalid.Pal;
import org.activerecord4j.invalid.UnknownTarget;
import org.activerecord4j.invalid.WrongForeignKey;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Each wrongly declared relation fails on first use of its model, before any SQL, with one clear message. */
class RelationValidationTest {

    private static void assertRejected(Database database, ThrowingCallable firstUse, String message) {
        assertThat(StatementCounter.count(database, () -> assertThatThrownBy(firstUse)
                .isInstanceOf(RelationDefinitionException.class)
                .hasMessage(message))).isZero();
    }

    @DatabaseTest
    void unknownTargetName_listsTheKnownModels(Database database) {
        User.query();
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(UnknownTarget::query);

        assertThat(failure).isInstanceOf(RelationDefinitionException.class).hasMessage("Unknown target 'Usr' of relation "
                + "UnknownTarget.owner; known models: " + org.activerecord4j.internal.model.ModelInfo.knownModelNames());
        assertThat(failure.getMessage()).contains("Post", "Profile", "UnknownTarget", "User");
    }

    @DatabaseTest
    void foreignKeyThatIsNotAColumn_listsTheColumns(Database database) {
        assertRejected(database, WrongForeignKey::query, "The foreign key 'usr_id' of relation WrongForeignKey.owner "
                + "(BelongsTo) is not a column of WrongForeignKey (table wrong_foreign_keys); its columns: id, user_id");
    }

    @DatabaseTest
    void foreignKeyOnTheWrongSide_namesTheModelWhereItMustLive(Database database) {
        assertRejected(database, () -> new ForeignKeyOnWrongSide().save(), "The foreign key 'post_id' of relation "
                + "ForeignKeyOnWrongSide.posts (HasMany) is not a column of Post (table posts); its columns: id, user_id, title");
    }

    @DatabaseTest
    void inverseThatDoesNotExist_listsTheTargetsRelations(Database database) {
        assertRejected(database, MissingInverse::query, "The inverse 'gadgets' of relation MissingInverse.owner (BelongsTo) "
                + "does not exist on User; its relations: comments, orders, posts, profile");
    }

    @DatabaseTest
    void inverseOfAKindThatCannotPair_saysWhatPairs(Database database) {
        assertRejected(database, InverseOfWrongKind::query, "The inverse 'author' of relation InverseOfWrongKind.post "
                + "(BelongsTo) is Post.author (BelongsTo), which cannot pair with a BelongsTo; a BelongsTo pairs with a "
                + "HasOne or a HasMany");
    }

    @DatabaseTest
    void inverseThatPointsBackToAnotherRelation_namesBoth(Database database) {
        assertRejected(database, () -> InversePointsElsewhere.findOne(1), "The inverse 'posts' of relation "
                + "InversePointsElsewhere.writer (BelongsTo) points back to Post.author, not to InversePointsElsewhere.writer; "
                + "set inverseOf(\"writer\") on User.posts or leave it unset");
    }

    @DatabaseTest
    void hasManyThroughOfAModelToItself_withOneColumnForBothKeys_namesTheColumnAndBothOptions(Database database) {
        assertRejected(database, Pal::query, "The source and target foreign keys of relation Pal.pals (HasManyThrough) are "
                + "both 'pal_id' of PalLink (table pal_links), so each Pal would reach only itself; give the join model's two "
                + "keys: sourceForeignKey(...) to the Pal that has the relation and targetForeignKey(...) to the Pal it "
                + "reaches, e.g. sourceForeignKey(\"follower_id\"), targetForeignKey(\"followed_id\"); columns of PalLink: "
                + "id, pal_id, other_id");
    }

    @DatabaseTest
    void everyValidationFailure_isRepeatedOnLaterUse(Database database) {
        assertThatThrownBy(WrongForeignKey::query).isInstanceOf(RelationDefinitionException.class);
        assertThatThrownBy(WrongForeignKey::query).isInstanceOf(RelationDefinitionException.class);
    }
}
