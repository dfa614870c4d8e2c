package org.activerecord4j.internal.dialect;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a database lexes SQL text, as far as telling code from quoted text and comments goes: what the
 * raw-fragment checker needs to find statement separators, placeholders and unbalanced parentheses the
 * way the database (and its driver) will. Immutable.
 *
 * @param backtickIdentifiers whether {@code `name`} quotes an identifier (MariaDB/MySQL)
 * @param backslashEscapes whether a backslash escapes the next character inside {@code '…'} and
 *     {@code "…"} strings (MariaDB/MySQL by default)
 * @param doubleQuotedStrings whether {@code "…"} is a string rather than an identifier (MariaDB/MySQL)
 * @param escapeStrings whether {@code E'…'} strings take backslash escapes (PostgreSQL)
 * @param dollarQuotes whether {@code $tag$…$tag$} quotes text (PostgreSQL)
 * @param nestedBlockComments whether {@code /* … *}{@code /} comments nest (PostgreSQL)
 * @param hashComments whether {@code #} starts a comment to the end of the line (MariaDB/MySQL)
 * @param questionMarkOperators whether {@code ?|}, {@code ?&} (and {@code ?} followed by an operator
 *     character) are operators rather than placeholders, written {@code ??|} for the driver (PostgreSQL)
 * @param bracketIdentifiers whether {@code [name]} quotes an identifier (SQLite, with backticks too)
 * @param executableComments whether the server runs the text of {@code /*! … *}{@code /} and
 *     {@code /*M! … *}{@code /} comments (MariaDB/MySQL)
 * @param namedParameters whether {@code :name}, {@code @name} and {@code $name} are parameters (SQLite), which
 *     activerecord4j never binds
 * @param spacedDashComments whether the server reads {@code --} as a comment only when an ASCII space or control
 *     character (or the end of the text) follows it, {@code 5--1} being five minus minus one, while its driver reads
 *     every {@code --} as a comment (MariaDB/MySQL): a {@code --} followed by anything else is read differently by the
 *     two, and refused
 */
public record Lexicon(
        boolean backtickIdentifiers,
        boolean backslashEscapes,
        boolean doubleQuotedStrings,
        boolean escapeStrings,
        boolean dollarQuotes,
        boolean nestedBlockComments,
        boolean hashComments,
        boolean questionMarkOperators,
        boolean bracketIdentifiers,
        boolean executableComments,
        boolean namedParameters,
        boolean spacedDashComments) {

    /** Standard SQL: {@code '…'} strings with {@code ''}, {@code "…"} identifiers, {@code --} and block comments. */
    public static final Lexicon STANDARD = of();

    /** What a database's SQL has beyond standard SQL, one constant per component of a {@link Lexicon}. */
    public enum Feature {
        /** See {@link Lexicon#backtickIdentifiers()}. */
        BACKTICK_IDENTIFIERS,
        /** See {@link Lexicon#backslashEscapes()}. */
        BACKSLASH_ESCAPES,
        /** See {@link Lexicon#doubleQuotedStrings()}. */
        DOUBLE_QUOTED_STRINGS,
        /** See {@link Lexicon#escapeStrings()}. */
        ESCAPE_STRINGS,
        /** See {@link Lexicon#dollarQuotes()}. */
        DOLLAR_QUOTES,
        /** See {@link Lexicon#nestedBlockComments()}. */
        NESTED_BLOCK_COMMENTS,
        /** See {@link Lexicon#hashComments()}. */
        HASH_COMMENTS,
        /** See {@link Lexicon#questionMarkOperators()}. */
        QUESTION_MARK_OPERATORS,
        /** See {@link Lexicon#bracketIdentifiers()}. */
        BRACKET_IDENTIFIERS,
        /** See {@link Lexicon#executableComments()}. */
        EXECUTABLE_COMMENTS,
        /** See {@link Lexicon#namedParameters()}. */
        NAMED_PARAMETERS,
        /** See {@link Lexicon#spacedDashComments()}. */
        SPACED_DASH_COMMENTS
    }

    /**
     * Returns standard SQL plus {@code features}, e.g. {@code Lexicon.of(DOLLAR_QUOTES, NESTED_BLOCK_COMMENTS)}.
     *
     * @param features what the database adds
     * @return the lexicon
     */
    public static Lexicon of(Feature... features) {
        Set<Feature> has = features.length == 0 ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(Arrays.asList(features));
        return new Lexicon(has.contains(Feature.BACKTICK_IDENTIFIERS), has.contains(Feature.BACKSLASH_ESCAPES),
                has.contains(Feature.DOUBLE_QUOTED_STRINGS), has.contains(Feature.ESCAPE_STRINGS),
                has.contains(Feature.DOLLAR_QUOTES), has.contains(Feature.NESTED_BLOCK_COMMENTS),
                has.contains(Feature.HASH_COMMENTS), has.contains(Feature.QUESTION_MARK_OPERATORS),
                has.contains(Feature.BRACKET_IDENTIFIERS), has.contains(Feature.EXECUTABLE_COMMENTS),
                has.contains(Feature.NAMED_PARAMETERS), has.contains(Feature.SPACED_DASH_COMMENTS));
    }
}
