package org.activerecord4j.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.activerecord4j.UnsafeSqlException;
import org.activerecord4j.internal.dialect.Lexicon;

/**
 * Reads SQL written by hand the way the database (and its driver) will, telling code from quoted text and
 * comments: it finds the {@code ?} placeholders, and refuses text that could do more than it appears to.
 * A fragment ({@code where("…")}) must be one expression: no statement separator, balanced parentheses,
 * every quote and comment closed, and no line comment (which would swallow what activerecord4j appends).
 * Neither kind may number a placeholder ({@code ?1}), which each database reads differently, nor, where the
 * database takes them ({@link Lexicon#namedParameters()}), name one ({@code :name}), which nothing would bind.
 * A whole statement ({@code database.execute("…")}) may end with {@code ;} and carry comments, but is still
 * one statement. Immutable.
 *
 * @param text the SQL to send: the input, with operators such as PostgreSQL's {@code ?|} escaped for the driver
 * @param placeholders the positions in {@code text} of each {@code ?} that takes a value, in order
 */
public record RawSql(String text, List<Integer> placeholders) {

    /** The first words of statements that begin, end or mark a transaction, on one database or another. */
    private static final Set<String> TRANSACTION_CONTROL = Set.of("BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT",
            "SAVEPOINT", "RELEASE", "XA");

    /** What the text must be. */
    public enum Kind {
        /** Part of a condition or expression. */
        FRAGMENT,
        /** A statement of its own. */
        STATEMENT
    }

    /**
     * Checks {@code sql} and finds its placeholders.
     *
     * @param sql the hand-written SQL
     * @param kind a fragment or a whole statement
     * @param lexicon the database's lexical rules
     * @return the text to send and its placeholders
     * @throws UnsafeSqlException naming the text, the problem and its position
     */
    public static RawSql read(String sql, Kind kind, Lexicon lexicon) {
        return new Reader(sql, kind, lexicon).read();
    }

    /** One pass over the text. */
    private static final class Reader {
        private final String sql;
        private final Kind kind;
        private final Lexicon lexicon;
        private final StringBuilder out;
        private final List<Integer> placeholders = new ArrayList<>();
        private final List<Integer> openParentheses = new ArrayList<>();
        private int at;

        Reader(String sql, Kind kind, Lexicon lexicon) {
            this.sql = sql;
            this.kind = kind;
            this.lexicon = lexicon;
            this.out = new StringBuilder(sql.length() + 4);
        }

        RawSql read() {
            if (kind == Kind.FRAGMENT && sql.isBlank()) {
                throw refused("it is blank, and a fragment is one condition; leave out where(...) to keep every row");
            }
            if (kind == Kind.STATEMENT) {
                refuseTransactionControl();
            }
            while (at < sql.length()) {
                char c = sql.charAt(at);
                if (c == '\'') {
                    quoted('\'', lexicon.backslashEscapes());
                } else if (c == '"') {
                    quoted('"', lexicon.doubleQuotedStrings() && lexicon.backslashEscapes());
                } else if (c == '`' && lexicon.backtickIdentifiers()) {
                    quoted('`', false);
                } else if (c == '[' && lexicon.bracketIdentifiers()) {
                    bracketed();
                } else if ((c == 'E' || c == 'e') && lexicon.escapeStrings() && next(1) == '\''
                        && !identifierCharacter(previous())) {
                    out.append(c);
                    at++;
                    quoted('\'', true);
                } else if (c == '$' && lexicon.dollarQuotes() && dollarTag() != null) {
                    dollarQuoted(dollarTag());
                } else if ((c == ':' || c == '@' || c == '$') && lexicon.namedParameters() && identifierCharacter(next(1))
                        && !(c == '$' && identifierCharacter(previous()))) {
                    namedParameter();
                } else if (c == '-' && next(1) == '-') {
                    dashes();
                } else if (c == '#' && lexicon.hashComments()) {
                    lineComment("#");
                } else if (c == '/' && next(1) == '*') {
                    blockComment();
                } else if (c == ';') {
                    separator();
                } else if (c == '(') {
                    openParentheses.add(at);
                    copy(1);
                } else if (c == ')') {
                    if (openParentheses.isEmpty()) {
                        throw refused("')' at position " + at + " closes a parenthesis the text did not open");
                    }
                    openParentheses.remove(openParentheses.size() - 1);
                    copy(1);
                } else if (c == '?') {
                    questionMark();
                } else {
                    copy(1);
                }
            }
            if (!openParentheses.isEmpty()) {
                throw refused("'(' at position " + openParentheses.get(openParentheses.size() - 1) + " is never closed");
            }
            return new RawSql(out.toString(), List.copyOf(placeholders));
        }

        /**
         * Refuses a statement that begins, ends or marks a transaction, or turns MariaDB's auto-commit off: the
         * connection goes back to the pool with the pool and the records unaware of it.
         */
        private void refuseTransactionControl() {
            int[] from = {0};
            String first = word(from);
            String command = first;
            if (first.equals("SET")) {
                String second = word(from);
                String setting = second.equals("SESSION") || second.equals("LOCAL") ? word(from) : second;
                if (!setting.replaceFirst("^@@(SESSION\\.|LOCAL\\.)?", "").equals("AUTOCOMMIT")) {
                    return;
                }
                command = "SET " + setting;
            } else if (!TRANSACTION_CONTROL.contains(first)) {
                return;
            }
            throw refused("it begins, ends or marks a transaction (" + command + "), which activerecord4j manages so that "
                    + "records follow their transaction and pooled connections come back clean; run the statements that "
                    + "belong together in database.transaction(...)");
        }

        /** The upper-cased word at or after {@code from[0]} (past spaces and comments), moving it past the word. */
        private String word(int[] from) {
            int i = from[0];
            while (i < sql.length()) {
                char c = sql.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (sql.startsWith("--", i) || c == '#' && lexicon.hashComments()) {
                    int end = sql.indexOf('\n', i);
                    i = end < 0 ? sql.length() : end + 1;
                } else if (sql.startsWith("/*", i)) {
                    i = afterBlockComment(i);
                    if (i < 0) {
                        return "";
                    }
                } else {
                    break;
                }
            }
            int start = i;
            while (i < sql.length() && (identifierCharacter(sql.charAt(i)) || sql.charAt(i) == '@' || sql.charAt(i) == '.')) {
                i++;
            }
            from[0] = i;
            return sql.substring(start, i).toUpperCase(Locale.ROOT);
        }

        /** The position after the block comment at {@code start}, or -1 when it is never closed. */
        private int afterBlockComment(int start) {
            int depth = 0;
            int i = start;
            while (i < sql.length()) {
                if (sql.startsWith("/*", i)) {
                    depth = lexicon.nestedBlockComments() || depth == 0 ? depth + 1 : depth;
                    i += 2;
                } else if (sql.startsWith("*/", i)) {
                    i += 2;
                    if (--depth == 0) {
                        return i;
                    }
                } else {
                    i++;
                }
            }
            return -1;
        }

        private void questionMark() {
            char following = next(1);
            if (lexicon.questionMarkOperators() && (following == '|' || following == '&')) {
                out.append("??").append(following);
                at += 2;
            } else if (lexicon.questionMarkOperators() && following == '?') {
                copy(2);
            } else if (Character.isDigit(following)) {
                int end = at + 1;
                while (end < sql.length() && Character.isDigit(sql.charAt(end))) {
                    end++;
                }
                throw refused("'" + sql.substring(at, end) + "' at position " + at + " is a numbered parameter, which SQLite "
                        + "binds by its number, MariaDB reads as the value followed by the digits and PostgreSQL refuses; "
                        + "write ? alone, one per value in order");
            } else {
                placeholders.add(out.length());
                copy(1);
            }
        }

        private void namedParameter() {
            int end = at + 1;
            while (end < sql.length() && identifierCharacter(sql.charAt(end))) {
                end++;
            }
            throw refused("'" + sql.substring(at, end) + "' at position " + at + " is a named parameter on sqlite, which "
                    + "nothing binds (it would be null); write ? and pass the value");
        }

        private void quoted(char quote, boolean backslashEscapes) {
            int start = at;
            copy(1);
            while (at < sql.length()) {
                char c = sql.charAt(at);
                if (backslashEscapes && c == '\\' && at + 1 < sql.length()) {
                    copy(2);
                } else if (c == quote && next(1) == quote) {
                    copy(2);
                } else if (c == quote) {
                    copy(1);
                    return;
                } else {
                    copy(1);
                }
            }
            throw refused("the quote " + quote + " at position " + start + " is never closed");
        }

        /** A {@code [name]} identifier, which has no escapes: it ends at the first {@code ]}. */
        private void bracketed() {
            int close = sql.indexOf(']', at + 1);
            if (close < 0) {
                throw refused("the bracket [ at position " + at + " is never closed");
            }
            copy(close + 1 - at);
        }

        /** The {@code $tag$} starting here, or null when the dollar sign starts none (e.g. {@code $1}). */
        private String dollarTag() {
            int end = at + 1;
            if (identifierCharacter(previous()) || end < sql.length() && Character.isDigit(sql.charAt(end))) {
                return null;
            }
            while (end < sql.length() && identifierCharacter(sql.charAt(end))) {
                end++;
            }
            return end < sql.length() && sql.charAt(end) == '$' ? sql.substring(at, end + 1) : null;
        }

        private void dollarQuoted(String tag) {
            int start = at;
            int close = sql.indexOf(tag, at + tag.length());
            if (close < 0) {
                throw refused("the dollar quote " + tag + " at position " + start + " is never closed");
            }
            copy(close + tag.length() - at);
        }

        private void dashes() {
            if (lexicon.spacedDashComments() && !spaceOrControl(next(2))) {
                throw refused("'--" + next(2) + "' at position " + at + " is read as two minus signs by the server and as "
                        + "a comment by its driver, which then leaves any ? after it unbound; write - -" + next(2) + " or "
                        + "-(-" + next(2) + "), or put a space after -- for a comment");
            }
            lineComment("--");
        }

        private void lineComment(String marker) {
            if (kind == Kind.FRAGMENT) {
                throw refused("it contains a line comment (" + marker + " at position " + at + "), which would swallow "
                        + "the rest of the statement; use /* … */ or remove it");
            }
            int end = sql.indexOf('\n', at);
            copy((end < 0 ? sql.length() : end) - at);
        }

        private void blockComment() {
            int start = at;
            if (lexicon.executableComments() && (sql.startsWith("/*!", at) || sql.startsWith("/*M!", at))) {
                throw refused("it contains an executable comment (" + sql.substring(at, sql.charAt(at + 2) == '!' ? at + 3
                        : at + 4) + " at position " + at + "), whose text the database runs as SQL; write that SQL "
                        + "without the comment");
            }
            int end = afterBlockComment(at);
            if (end < 0) {
                throw refused("the comment /* at position " + start + " is never closed");
            }
            copy(end - at);
        }

        private void separator() {
            if (kind == Kind.STATEMENT && onlyWhitespaceAfter(at + 1)) {
                at = sql.length();
                return;
            }
            throw refused("it contains ';' at position " + at + " outside quotes and comments, which would end the "
                    + "statement and start another; " + (kind == Kind.FRAGMENT
                    ? "a fragment is one condition" : "run one statement per call"));
        }

        private boolean onlyWhitespaceAfter(int from) {
            for (int i = from; i < sql.length(); i++) {
                if (!Character.isWhitespace(sql.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private char next(int offset) {
            return at + offset < sql.length() ? sql.charAt(at + offset) : 0;
        }

        private char previous() {
            return at > 0 ? sql.charAt(at - 1) : ' ';
        }

        /** Whether MariaDB's lexer reads {@code c} as a space or control character (0 stands for the end of the text). */
        private static boolean spaceOrControl(char c) {
            return c <= ' ' || c == 127;
        }

        private static boolean identifierCharacter(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }

        private void copy(int count) {
            out.append(sql, at, at + count);
            at += count;
        }

        private UnsafeSqlException refused(String problem) {
            return new UnsafeSqlException("Refused raw SQL " + (kind == Kind.FRAGMENT ? "fragment" : "statement") + " \""
                    + sql + "\": " + problem, sql);
        }
    }
}
