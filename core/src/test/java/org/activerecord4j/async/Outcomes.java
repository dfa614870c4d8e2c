package org.activerecord4j.async;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.activerecord4j.Database;
import org.activerecord4j.Model;
import org.activerecord4j.StatementCounter;

/**
 * One scenario per method, run through one kind of model, sync or async, on rows alike: each returns what a user
 * can observe afterwards (statement counts, failures, what the relation cache answers, the records' state), in the
 * same words for both kinds, so that {@code AsyncOutcomeParityTest} compares them line by line (issue 15).
 */
interface Outcomes {

    List<String> lazyReads(Database database);

    List<String> eagerReads(Database database);

    List<String> relationWrites(Database database);

    List<String> saveAll(Database database);

    List<String> deleteWithDependents(Database database);

    List<String> failedAddOnForeignKey(Database database);

    List<String> failedThroughAddOnUniqueKey(Database database);

    List<String> failedRemoveOfDeletedChild(Database database);

    List<String> failedHasOneSetOnNotNull(Database database);

    List<String> failedLazyRead(Database database);

    List<String> rolledBackRelationWrites(Database database);

    List<String> failedSaveOutsideTransaction(Database database);

    List<String> failedSaveInsideTransaction(Database database);

    List<String> failedSaveAll(Database database);

    List<String> readsFromMemory(Database database);

    /** What a scenario observed, line by line. */
    final class Facts {

        private final Database database;
        private final List<String> lines = new ArrayList<>();

        Facts(Database database) {
            this.database = database;
        }

        Facts note(String what, Object value) {
            lines.add(what + ": " + value);
            return this;
        }

        /** Runs {@code block} (which waits for any future it starts) and notes its statements and its failure. */
        Facts count(String what, Runnable block) {
            String failure = "ok";
            int statements;
            try (StatementCounter counter = StatementCounter.start(database)) {
                try {
                    block.run();
                } catch (RuntimeException e) {
                    failure = failureName(e);
                }
                statements = counter.count();
            }
            lines.add(what + ": " + statements + " statements, " + failure);
            return this;
        }

        /** Notes a sync read: its statements, whether it ran none, and what it answered. */
        Facts syncRead(String what, Supplier<?> read) {
            Object[] answer = new Object[1];
            String failure = "ok";
            int statements;
            try (StatementCounter counter = StatementCounter.start(database)) {
                try {
                    answer[0] = read.get();
                } catch (RuntimeException e) {
                    failure = failureName(e);
                }
                statements = counter.count();
            }
            lines.add(what + ": " + statements + " statements, from memory " + (statements == 0) + ", " + failure
                    + ", answered " + describe(answer[0]));
            return this;
        }

        /** Notes an async read as {@link #syncRead}: from memory when its future is complete at once with no statement. */
        Facts asyncRead(String what, Supplier<? extends CompletableFuture<?>> read) {
            Object answer = null;
            String failure = "ok";
            boolean atOnce = false;
            int statements;
            try (StatementCounter counter = StatementCounter.start(database)) {
                try {
                    CompletableFuture<?> future = read.get();
                    atOnce = future.isDone();
                    answer = future.join();
                } catch (RuntimeException e) {
                    failure = failureName(e);
                }
                statements = counter.count();
            }
            lines.add(what + ": " + statements + " statements, from memory " + (statements == 0 && atOnce) + ", "
                    + failure + ", answered " + describe(answer));
            return this;
        }

        /** Notes a record's state: new or not, whether it has a key, its changed columns. */
        Facts state(String what, Model<?> record, Object key) {
            lines.add(what + ": new " + record.isNewRecord() + ", key " + (key == null ? "null" : "set") + ", changed "
                    + record.changedColumns());
            return this;
        }

        Facts cached(String what, Model<?> record, String relation) {
            lines.add(what + ": cached " + record.hasCachedRelation(relation));
            return this;
        }

        List<String> lines() {
            return lines;
        }

        private static String failureName(RuntimeException e) {
            Throwable failure = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            return failure.getClass().getSimpleName();
        }

        private static String describe(Object answer) {
            if (answer instanceof List<?> list) {
                List<String> names = new ArrayList<>();
                for (Object element : list) {
                    names.add(describe(element));
                }
                return names.toString();
            }
            return String.valueOf(answer);
        }
    }
}
