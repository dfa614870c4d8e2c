package org.activerecord4j.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.activerecord4j.UnsafeSqlException;
import org.activerecord4j.internal.dialect.Dialects;
import org.activerecord4j.internal.dialect.Lexicon;
import org.activerecord4j.internal.sql.RawSql.Kind;
import org.junit.jupiter.api.Test;

/** The raw-fragment lexer reads each database's quoting and comments as the database will. */
class RawSqlTest {

    private static final Lexicon POSTGRESQL = Dialects.POSTGRESQL.lexicon();
    private static final Lexicon MARIADB = Dialects.MARIADB.lexicon();
    private static final Lexicon SQLITE = Dialects.SQLITE.lexicon();

    @Test
    void postgresqlJsonbOperators_areEscapedForTheDriver_andAreNoPlaceholders() {
        RawSql sql = RawSql.read("tags ?| array['a'] AND tags ?& array['b'] AND id = ?", Kind.FRAGMENT, POSTGRESQL);

        assertThat(sql.text()).isEqualTo("tags ??| array['a'] AND tags ??& array['b'] AND id = ?");
        assertThat(sql.placeholders()).containsExactly(sql.text().length() - 1);
    }

    @Test
    void postgresqlDollarQuotes_holdSeparatorsAndQuestionMarks() {
        RawSql sql = RawSql.read("note = $tag$it's; DROP TABLE users; ?$tag$ AND id = ?", Kind.FRAGMENT, POSTGRESQL);

        assertThat(sql.placeholders()).hasSize(1);
        assertThatThrownBy(() -> RawSql.read("note = $tag$open AND id = ?", Kind.FRAGMENT, POSTGRESQL))
                .isInstanceOf(UnsafeSqlException.class);
    }

    @Test
    void aBackslashEscapesAQuoteOnMariadb_butEndsNothingOnPostgresqlOrSqlite() {
        String text = "name = 'a\\' ; DROP TABLE users; '";

        assertThat(RawSql.read(text, Kind.FRAGMENT, MARIADB).placeholders()).isEmpty();
        assertThatThrownBy(() -> RawSql.read(text, Kind.FRAGMENT, POSTGRESQL)).isInstanceOf(UnsafeSqlException.class);
        assertThatThrownBy(() -> RawSql.read(text, Kind.FRAGMENT, SQLITE)).isInstanceOf(UnsafeSqlException.class);
    }

    @Test
    void aHashStartsACommentOnMariadbOnly() {
        String text = "flags # 4 = 0 AND id = ?";

        assertThatThrownBy(() -> RawSql.read(text, Kind.FRAGMENT, MARIADB)).isInstanceOf(UnsafeSqlException.class);
        assertThat(RawSql.read(text, Kind.FRAGMENT, POSTGRESQL).placeholders()).hasSize(1);
    }

    @Test
    void doubleQuotesAreStringsOnMariadb_andIdentifiersElsewhere_bothHidingTheirContent() {
        String text = "\"odd; name?\" = ?";

        assertThat(RawSql.read(text, Kind.FRAGMENT, MARIADB).placeholders()).hasSize(1);
        assertThat(RawSql.read(text, Kind.FRAGMENT, POSTGRESQL).placeholders()).hasSize(1);
        assertThat(RawSql.read("`odd; name?` = ?", Kind.FRAGMENT, MARIADB).placeholders()).hasSize(1);
    }

    @Test
    void twoDashesBeforeAnythingButAnAsciiSpaceOrControlCharacter_areRefusedOnMariadb_whoseServerAndDriverReadThemApart() {
        for (String text : new String[] {"SELECT 5--1; DROP TABLE users", "SELECT 5--\u2003; DROP TABLE users",
                "SELECT 5--1 WHERE id = ?"}) {
            assertThatThrownBy(() -> RawSql.read(text, Kind.STATEMENT, MARIADB))
                    .isInstanceOf(UnsafeSqlException.class).hasMessageContaining("at position 8 is read as two minus signs");
            assertThat(RawSql.read(text, Kind.STATEMENT, POSTGRESQL).placeholders()).isEmpty();
            assertThat(RawSql.read(text, Kind.STATEMENT, SQLITE).placeholders()).isEmpty();
        }
        for (String comment : new String[] {"-- ;", "--\t;", "--\n", "--\u000b;", "--"}) {
            assertThat(RawSql.read("SELECT 5" + comment, Kind.STATEMENT, MARIADB).placeholders()).isEmpty();
        }
        assertThat(RawSql.read("SELECT 5 - -1 WHERE id = ?", Kind.STATEMENT, MARIADB).placeholders()).hasSize(1);
    }
}
