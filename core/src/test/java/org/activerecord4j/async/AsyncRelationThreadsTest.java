package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.ListenerRegistration;
import org.activerecord4j.models.async.Comment;
import org.activerecord4j.models.async.Course;
import org.activerecord4j.models.async.Enrollment;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.Profile;
import org.activerecord4j.models.async.Student;
import org.activerecord4j.models.async.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * The async relation types never run JDBC on the calling thread: every statement of a read, a write, an add
 * or a remove runs on the database's async executor (a virtual thread, or one of the library's
 * {@code activerecord4j-async-<dialect>-N} threads), seen by a statement listener, which is called on the
 * thread that ran the statement.
 */
class AsyncRelationThreadsTest {

    private Database database;
    private User ann;
    private Post hello;
    private Student sam;
    private Course math;

    @BeforeEach
    void data(Database database) {
        this.database = database;
        TestSchema.recreate(database, User.class, Post.class, Comment.class, Profile.class, Student.class, Course.class,
                Enrollment.class);
        ann = new User("Ann", 31).save().join();
        hello = new Post("Hello");
        hello.userId = ann.id;
        hello.save().join();
        Profile profile = new Profile();
        profile.userId = ann.id;
        profile.save().join();
        sam = new Student();
        sam.name = "Sam";
        sam.save().join();
        math = new Course();
        math.title = "Math";
        math.save().join();
    }

    /** Runs {@code call} from this thread, waits for it, and returns the threads its statements ran on. */
    private List<Thread> statementThreads(Supplier<CompletableFuture<?>> call) {
        List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
        ListenerRegistration registration = database.addListener(event -> threads.add(Thread.currentThread()));
        try {
            call.get().join();
        } finally {
            registration.close();
        }
        return List.copyOf(threads);
    }

    private void assertRunsOffTheCallingThread(int statements, Supplier<CompletableFuture<?>> call) {
        List<Thread> threads = statementThreads(call);
        assertThat(threads).hasSize(statements).doesNotContain(Thread.currentThread())
                .allSatisfy(thread -> assertThat(isVirtual(thread) || thread.getName().matches("activerecord4j-async-[a-z]+-\\d+"))
                        .as("%s is a thread of the async executor", thread).isTrue());
    }

    /** Whether {@code thread} is virtual (JDK 21+); read by reflection, as the tests compile for 17. */
    private static boolean isVirtual(Thread thread) {
        try {
            Method isVirtual = Thread.class.getMethod("isVirtual");
            return (Boolean) isVirtual.invoke(thread);
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    @DatabaseTest
    void reads_ofEveryKind_runTheirStatementOnTheExecutor() {
        User user = User.findOneOrThrow(ann.id).join();
        Post post = Post.findOneOrThrow(hello.id).join();
        Student student = Student.findOneOrThrow(sam.id).join();
        Student.courses.add(student, math).join();
        student.clearRelationCache("courses");

        assertRunsOffTheCallingThread(1, post::author);
        assertRunsOffTheCallingThread(1, user::profile);
        assertRunsOffTheCallingThread(1, user::posts);
        assertRunsOffTheCallingThread(1, student::courses);
        assertRunsOffTheCallingThread(1, () -> User.posts.query(user).count());
        assertRunsOffTheCallingThread(1, () -> Student.courses.query(student).all());
    }

    @DatabaseTest
    void writes_throughRelationsAndRecords_runTheirStatementsOnTheExecutor() {
        User user = User.findOneOrThrow(ann.id).join();
        Post post = new Post("Second");
        Comment comment = new Comment("hi");
        comment.postId = hello.id;
        comment.author(new User("Newcomer", 20));

        assertRunsOffTheCallingThread(1, () -> User.posts.add(user, post));
        assertRunsOffTheCallingThread(1, () -> User.posts.remove(user, post));
        assertRunsOffTheCallingThread(2, comment::save);    // the new author first, then the comment
        assertRunsOffTheCallingThread(2, () -> Student.courses.add(sam, math));    // looks for the join row, inserts it
        assertRunsOffTheCallingThread(1, () -> Student.courses.remove(sam, math));
        assertThat(statementThreads(comment::delete)).isNotEmpty().doesNotContain(Thread.currentThread());
        assertThat(Enrollment.query().count().join()).isZero();
        assertThat(Post.findOneOrThrow(post.id).join().userId).isNull();
    }

    @DatabaseTest
    void relationCalls_inAnAsyncTransaction_runTheirStatementsOnTheExecutor() {
        Post post = new Post("In a transaction");

        List<Thread> threads = statementThreads(() -> AsyncActiveRecord.transaction(() -> User.posts.add(ann, post)
                .thenCompose(added -> Student.courses.add(sam, math))
                .thenCompose(added -> ann.posts())
                .thenCompose(posts -> Student.courses.remove(sam, math))));

        assertThat(threads).hasSizeGreaterThanOrEqualTo(4).doesNotContain(Thread.currentThread());
        assertThat(Post.findOneOrThrow(post.id).join().userId).isEqualTo(ann.id);
    }
}
