package org.activerecord4j.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.activerecord4j.Database;
import org.activerecord4j.InvalidValueException;
import org.activerecord4j.StatementCounter;
import org.activerecord4j.models.Member;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestDatabases.Kind;
import org.activerecord4j.testing.TestSchema;

/**
 * A unique {@code String} column without {@code @Column(length)}: SQLite and PostgreSQL declare it {@code TEXT}, while
 * MariaDB/MySQL, which cannot index a {@code LONGTEXT}, declare it {@code VARCHAR(255)}. A longer value must then be
 * refused there before any SQL, as a value longer than a declared length is, never cut by a server in a lenient SQL
 * mode nor failed by a strict one with its own error.
 */
class KeyedTextLengthTest {

    @DatabaseTest
    void uniqueTextWithoutLength_holds255Characters_andLongerIsRefusedBeforeSqlOnlyWhereTheColumnIsAVarchar(
            Database database, Kind kind) {
        TestSchema.recreate(database, Member.class);
        Member fits = new Member();
        fits.email = "a".repeat(243) + "@example.com";
        fits.save();
        assertThat(Member.findOneOrThrow(fits.id).email).hasSize(255);

        Member longer = new Member();
        longer.email = "b".repeat(244) + "@example.com";
        if (kind == Kind.MARIADB || kind == Kind.MARIADB_BINARY) {
            int statements = StatementCounter.count(database, () -> assertThatThrownBy(longer::save)
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("Value '" + "b".repeat(40) + "…' of Member.email has 256 characters, more than the 255 that"
                            + " mariadb holds in a unique, key or foreign key text column without @Column(length), which it"
                            + " declares VARCHAR(255); shorten it or declare its length"));
            assertThat(statements).isZero();
            assertThat(longer.isNewRecord()).isTrue();
            assertThat(Member.query().count()).isEqualTo(1);
        } else {
            longer.save();
            assertThat(Member.findOneOrThrow(longer.id).email).hasSize(256);
        }
    }
}
