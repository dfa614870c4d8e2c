package org.activerecord4j.bench.run;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import org.activerecord4j.Database;
import org.activerecord4j.bench.activerecord.ActiveRecordWorkload;
import org.activerecord4j.bench.data.Fixtures;
import org.activerecord4j.bench.data.NewComment;
import org.activerecord4j.bench.db.BenchDatabase;

/**
 * Prints the SQL activerecord4j issues for each scenario (on tiny inputs), so anyone can check that the
 * JDBC implementation runs the same statements. Long lists of placeholders are shortened.
 */
final class SqlTrace {

    private static final Pattern PLACEHOLDERS = Pattern.compile("\\?(, \\?){3,}");

    private SqlTrace() {
    }

    static void print(BenchDatabase benchDatabase, PrintStream out) throws SQLException {
        try (ActiveRecordWorkload workload = new ActiveRecordWorkload(benchDatabase)) {
            Database database = workload.database();
            String[] scenario = {""};
            try (AutoCloseable listener = database.addListener(event -> out.printf("[%s] %-8s %s%n",
                    benchDatabase.id(), scenario[0], PLACEHOLDERS.matcher(event.sql()).replaceAll("?, ?, …")))) {
                scenario[0] = "S1";
                workload.loadAllPosts();
                scenario[0] = "S2";
                workload.findUsersById(new long[] {1, 2});
                scenario[0] = "S3";
                workload.loadUsersPostsComments();
                scenario[0] = "S4";
                workload.loadStudentsCourses();
                scenario[0] = "S5 lazy";
                workload.usersWithPostsLazy(2);
                scenario[0] = "S5 eager";
                workload.usersWithPostsEager(2);
                scenario[0] = "S6";
                List<NewComment> two = Fixtures.newComments().subList(0, 2);
                workload.insertComments(two);
                scenario[0] = "S7";
                workload.streamReadings();
            } catch (Exception e) {
                throw new IllegalStateException("Tracing SQL on " + benchDatabase.id() + " failed: " + e.getMessage(), e);
            } finally {
                Fixtures.deleteNewComments(benchDatabase, database.dataSource());
            }
        }
    }
}
