package org.activerecord4j.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.activerecord4j.InvalidValueException;
import org.activerecord4j.internal.dialect.Dialect;
import org.activerecord4j.internal.dialect.Dialects;
import org.activerecord4j.internal.model.ModelInfo;
import org.activerecord4j.internal.sql.Parameter;
import org.activerecord4j.internal.sql.SelectRenderer;
import org.activerecord4j.internal.sql.SqlStatement;
import org.activerecord4j.models.Token;
import org.activerecord4j.models.User;
import org.junit.jupiter.api.Test;

/** A lookup by key reuses its SQL text and binds only the key; the text is the equivalent query's. */
class KeyLookupTest {

    @Test
    void lookups_shareTheSqlOfTheEquivalentQuery_andBindTheirKey() {
        ModelInfo<User> model = ModelInfo.of(User.class);
        for (Dialect dialect : new Dialect[] {Dialects.SQLITE, Dialects.POSTGRESQL, Dialects.MARIADB}) {
            SqlStatement first = KeyLookup.statement(model, dialect, 1001L);
            SqlStatement second = KeyLookup.statement(model, dialect, 1002L);
            SqlStatement rendered = SelectRenderer.select(dialect, model, KeyLookup.select(model, 1002L));

            assertThat(second.sql()).isSameAs(first.sql()).isEqualTo(rendered.sql());
            assertThat(first.values()).contains(1001L).doesNotContain(1002L)
                    .isEqualTo(SelectRenderer.select(dialect, model, KeyLookup.select(model, 1001L)).values());
            assertThat(second.values()).isEqualTo(rendered.values());
            assertThat(second.parameters()).extracting(Parameter::handler)
                    .isEqualTo(rendered.parameters().stream().map(Parameter::handler).toList());
        }
    }

    @Test
    void aKeyItsColumnCannotHold_isRefusedLikeInAnyQuery() {
        ModelInfo<Token> model = ModelInfo.of(Token.class);
        KeyLookup.statement(model, Dialects.SQLITE, UUID.randomUUID());

        assertThatThrownBy(() -> KeyLookup.statement(model, Dialects.SQLITE, "not-a-uuid"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("does not fit column");
        assertThatThrownBy(() -> SelectRenderer.select(Dialects.SQLITE, model, KeyLookup.select(model, "not-a-uuid")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("does not fit column");
    }
}
