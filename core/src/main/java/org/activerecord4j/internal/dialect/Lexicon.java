package org.activerecord4j.internal.dialect;

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
 */
public record Lexicon(
        boolean backtickIdentifiers,
        boolean backslashEscapes,
        boolean doubleQuotedStrings,
        boolean escapeStrings,
        boolean dollarQuotes,
        boolean nestedBlockComments,
        boolean hashComments,
        boolean questionMarkOperators) {

    /** Standard SQL: {@code '…'} strings with {@code ''}, {@code "…"} identifiers, {@code --} and block comments. */
    public static final Lexicon STANDARD = new Lexicon(false, false, false, false, false, false, false, false);
}
