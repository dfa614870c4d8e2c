package org.activerecord4j.cli.demo;

import java.io.PrintWriter;
import java.util.List;
import org.activerecord4j.StatementEvent;

/**
 * How the demo's output looks, shared by the sync and the async demo so that they print the same lines:
 * sections, results, notes, report lines, and each statement as the database's listener sees it. The
 * statement echo can be paused while the demo adds rows in bulk. Statements of the async demo are printed
 * from the executor's threads, one at a time as its chain runs them; the writer is thread-safe.
 */
final class DemoPrinter {

    private final PrintWriter out;
    private final boolean sqlite;
    /** Whether statements are printed; read on the threads that run statements. */
    private volatile boolean echo = true;

    /**
     * Prepares the printer.
     *
     * @param out where to print
     * @param dialectName the database's dialect, e.g. {@code sqlite}
     */
    DemoPrinter(PrintWriter out, String dialectName) {
        this.out = out;
        this.sqlite = dialectName.equals("sqlite");
    }

    /** Starts a section: an empty line, then {@code == title}. */
    void section(String title) {
        out.println();
        out.println("== " + title);
    }

    /** Prints {@code label: value}, indented as a result. */
    void result(String label, Object value) {
        out.println("  " + label + ": " + value);
    }

    /** Prints a line of prose under the current section. */
    void note(String text) {
        out.println("  " + text);
    }

    /** Prints a report's lines, indented under its section. */
    void report(List<String> lines) {
        lines.forEach(line -> out.println("    " + line));
    }

    /** Prints a line as it is, for the async demo's header. */
    void line(String text) {
        out.println(text);
    }

    /** Pauses or resumes the statement echo. */
    void echo(boolean on) {
        echo = on;
    }

    /** Whether saveAll inserts rows with generated keys one statement execution at a time (SQLite), not in a batch. */
    boolean runsInsertPerRow() {
        return sqlite;
    }

    /** The statement listener: prints {@code SQL> …} with the bound values and, for a batch, how it ran. */
    void print(StatementEvent event) {
        if (!echo) {
            return;
        }
        out.println("  SQL> " + event.sql() + (event.parameters().isEmpty() ? "" : "  " + event.parameters())
                + (event.batchSize() > 1 ? "  (" + rowsOf(event) + ")" : ""));
    }

    /** How a multi-row statement ran: on SQLite an INSERT that returns keys runs once per row, else it is one JDBC batch. */
    private String rowsOf(StatementEvent event) {
        return runsInsertPerRow() && event.sql().contains(" RETURNING ")
                ? "run once per row for " + event.batchSize() + " rows, each returning its key"
                : "one JDBC batch of " + event.batchSize() + " rows";
    }

    /** Flushes what was printed. */
    void flush() {
        out.flush();
    }
}
