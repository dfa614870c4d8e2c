package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.activerecord4j.models.Member;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/** {@code saveAll}: keys, order and failures of the batches it writes. */
class SaveAllTest {

    /** A model with no column but its generated key: an INSERT of it writes no value. */
    @Table("anchors")
    public static class Anchor extends ActiveRecord<Anchor> {
        public Long id;
    }

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class, Member.class);
    }

    @DatabaseTest
    void assignedKeyListedBeforeANewRecord_isWrittenBeforeTheGeneratedOne_asSaveOneByOneWould(TestDatabases.Kind kind) {
        User fixed = new User("Fixed", 1);
        fixed.id = 1L;
        User fresh = new User("Fresh", 2);
        if (kind == TestDatabases.Kind.POSTGRESQL) {
            // PostgreSQL's identity does not move past a key written explicitly: there the next generated key is 1
            // whatever was written first (save() one by one fails alike), and the whole batch goes.
            assertThat(catchThrowableOfType(StatementFailedException.class, () -> ActiveRecord.saveAll(List.of(fixed, fresh))))
                    .isNotNull();
            assertThat(User.query().count()).isZero();
            assertThat(fresh.id).isNull();
            assertThat(fixed.isNewRecord()).isTrue();
            return;
        }

        ActiveRecord.saveAll(List.of(fixed, fresh));

        assertThat(fixed.id).isEqualTo(1L);
        assertThat(fresh.id).isNotNull().isNotEqualTo(1L);
        assertThat(User.findOneOrThrow(1L).name).isEqualTo("Fixed");
        assertThat(User.findOneOrThrow(fresh.id).name).isEqualTo("Fresh");
    }

    @DatabaseTest
    void modelWithOnlyAGeneratedKey_isInsertedBySave_andBySaveAll(Database database) {
        database.dropTables(Anchor.class);
        database.createTables(Anchor.class);
        Anchor first = new Anchor();
        Anchor second = new Anchor();
        Anchor third = new Anchor();

        first.save();
        ActiveRecord.saveAll(List.of(second, third));

        assertThat(List.of(first.id, second.id, third.id)).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(ActiveRecord.query(Anchor.class).all()).extracting(anchor -> anchor.id)
                .containsExactlyInAnyOrder(first.id, second.id, third.id);
        database.dropTables(Anchor.class);
    }

    @DatabaseTest
    void failedBatch_isReportedAsTheBatchItWas_andItsMessageSaysWhoseParametersItShows(Database database) {
        List<Member> members = List.of(member("ann@example.org"), member("bob@example.org"), member("ann@example.org"));

        StatementFailedException failure;
        try (StatementCounter counter = StatementCounter.start(database)) {
            failure = catchThrowableOfType(StatementFailedException.class, () -> ActiveRecord.saveAll(members));

            assertThat(counter.statements()).singleElement().satisfies(event -> {
                assertThat(event.failed()).isTrue();
                assertThat(event.batchSize()).isEqualTo(3);
            });
        }
        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).endsWith("\n  Parameters (of the first of 3 rows in a batch): [?]");
        assertThat(ActiveRecord.query(Member.class).count()).isZero();
        assertThat(members).allSatisfy(member -> {
            assertThat(member.id).isNull();
            assertThat(member.isNewRecord()).isTrue();
        });
    }

    private static Member member(String email) {
        Member member = new Member();
        member.email = email;
        return member;
    }
}
