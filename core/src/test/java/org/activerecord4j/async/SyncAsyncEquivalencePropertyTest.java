package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.ListenerRegistration;
import org.activerecord4j.StatementEvent;
import org.activerecord4j.StatementListener;
import org.activerecord4j.models.Comment;
import org.activerecord4j.models.Course;
import org.activerecord4j.models.Enrollment;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.Profile;
import org.activerecord4j.models.Student;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.TestDatabases;
import org.activerecord4j.testing.TestSchema;

/**
 * The sync and the async models read the same random graph alike: users with posts, comments by random (so
 * shared) authors or by nobody, some profiles, and students enrolled in random courses, saved once. Each read
 * (lazily from the roots; eagerly with random {@code with(...)} paths through {@code all()}, {@code first()}, a
 * stream of random fetch size and a per-owner limit; then a walk over every relation) runs once through the sync
 * models and once through their async twins on the same tables, and must give the same values, the same SQL in
 * the same order, the same bound values and the same number of statements. It runs on every selected database
 * (an unreachable server is skipped locally and fails on CI, like {@code @DatabaseTest}).
 */
class SyncAsyncEquivalencePropertyTest {

    private static final List<String> USER_PATHS = List.of("posts", "posts.comments", "posts.comments.author",
            "posts.comments.post", "posts.author", "profile", "profile.owner", "comments", "comments.post", "comments.author");
    private static final List<String> POST_PATHS = List.of("author", "author.profile", "comments", "comments.author");
    private static final List<String> STUDENT_PATHS = List.of("courses", "courses.students");
    private static final RandomDistribution UNIFORM = RandomDistribution.uniform();
    private static final GraphReads SYNC = new SyncGraphReads();
    private static final GraphReads ASYNC = new AsyncGraphReads();

    @BeforeProperty
    void createSchema() {
        for (Database database : databases()) {
            TestSchema.recreate(database, User.class, Post.class, Comment.class, Profile.class,
                    Student.class, Course.class, Enrollment.class);
        }
    }

    /** Random graphs and reads; jqwik's edge cases are off (near-identical tiny graphs): the examples pin the corners. */
    @Property(tries = 25, edgeCases = EdgeCasesMode.NONE)
    void syncAndAsync_readARandomGraph_withTheSameSqlInTheSameOrder_lazilyAndEagerly(@ForAll("graphs") Graph graph,
            @ForAll("reads") Reads reads) {
        check(graph, reads);
    }

    @Example
    void syncAndAsync_readAnEmptyGraph_alike() {
        check(new Graph(List.of(), new School(2, List.of())), new Reads(USER_PATHS, POST_PATHS, STUDENT_PATHS, 1, 1));
    }

    @Example
    void syncAndAsync_readAGraphWithEveryRelationKind_alike_withEveryPath() {
        PostSpec hello = new PostSpec("Hello", List.of(new CommentSpec("mine", 0), new CommentSpec("yours", 1),
                new CommentSpec("anonymous", null)));
        List<UserSpec> users = List.of(
                new UserSpec("Ann", "ann@example.com", 30, true, List.of(hello, new PostSpec("Empty", List.of()))),
                new UserSpec("Bob", null, null, false, List.of(new PostSpec("Bob's", List.of(new CommentSpec("again", 0))))),
                new UserSpec("Cy", null, 7, true, List.of()));
        School school = new School(3, List.of(new StudentSpec("Sam", Set.of(0, 2)), new StudentSpec("Tia", Set.of(0)),
                new StudentSpec("Uma", Set.of())));
        check(new Graph(users, school), new Reads(USER_PATHS, POST_PATHS, STUDENT_PATHS, 2, 2));
    }

    private static void check(Graph graph, Reads reads) {
        for (Database database : databases()) {
            Database.setDefault(database);
            try {
                clear(database);
                insert(graph);
                checkUsers(database, reads);
                checkPosts(database, reads);
                checkStudents(database, reads);
            } finally {
                Database.setDefault(null);
            }
        }
    }

    // --- the checks ---

    private static void checkUsers(Database database, Reads reads) {
        List<String> paths = reads.userPaths();
        var lazy = same(database, "users read lazily", r -> r.users(List.of(), null));
        var eager = same(database, "users with(" + paths + ")", r -> r.users(paths, null));
        var streamed = same(database, "users streamed " + reads.fetchSize() + " a batch with(" + paths + ")",
                r -> r.streamedUsers(paths, reads.fetchSize()));
        var first = same(database, "first user with(" + paths + ")", r -> r.firstUser(paths));
        same(database, "users with(posts, newest " + reads.newestPosts() + ") and with(" + paths + ")",
                r -> r.users(paths, reads.newestPosts()));

        assertThat(eager).as(on(database) + "users read eagerly vs. lazily").isEqualTo(lazy);
        assertThat(streamed).as(on(database) + "users streamed vs. read lazily").isEqualTo(lazy);
        assertThat(first).as(on(database) + "first user vs. the users read lazily")
                .isEqualTo(lazy.isEmpty() ? null : lazy.get(0));
    }

    private static void checkPosts(Database database, Reads reads) {
        var lazy = same(database, "posts read lazily", r -> r.posts(List.of()));
        var eager = same(database, "posts with(" + reads.postPaths() + ")", r -> r.posts(reads.postPaths()));

        assertThat(eager).as(on(database) + "posts read eagerly vs. lazily").isEqualTo(lazy);
    }

    private static void checkStudents(Database database, Reads reads) {
        var lazy = same(database, "students read lazily", r -> r.students(List.of()));
        var eager = same(database, "students with(" + reads.studentPaths() + ")", r -> r.students(reads.studentPaths()));

        assertThat(eager).as(on(database) + "students read eagerly vs. lazily").isEqualTo(lazy);
    }

    /**
     * Reads through the sync models, then through the async ones, and asserts the two gave the same values by
     * the same statements.
     *
     * @return the values read
     */
    private static <T> T same(Database database, String what, Function<GraphReads, T> read) {
        Trace<T> sync = Trace.of(database, () -> read.apply(SYNC));
        Trace<T> async = Trace.of(database, () -> read.apply(ASYNC));
        String on = on(database) + what + ", async vs. sync: ";

        assertThat(async.values()).as(on + "values").isEqualTo(sync.values());
        assertThat(async.sql()).as(on + "SQL in order").isEqualTo(sync.sql());
        assertThat(async.parameters()).as(on + "bound values in order").isEqualTo(sync.parameters());
        assertThat(async.statements()).as(on + "statements").isEqualTo(sync.statements());
        assertThat(async.onCallingThread()).as(on + "async statements run on the calling thread").isZero();
        return sync.values();
    }

    private static String on(Database database) {
        return database.dialectName() + ": ";
    }

    /** What a read gave, every statement it ran in order, and how many of them ran on the thread that read. */
    private record Trace<T>(T values, List<String> sql, List<List<Object>> parameters, int statements, int onCallingThread) {
        static <T> Trace<T> of(Database database, Supplier<T> read) {
            Thread caller = Thread.currentThread();
            List<StatementEvent> events = new ArrayList<>();
            AtomicInteger onCaller = new AtomicInteger();
            StatementListener listener = event -> {
                synchronized (events) {
                    events.add(event);
                }
                if (Thread.currentThread() == caller) {
                    onCaller.incrementAndGet();
                }
            };
            T values;
            ListenerRegistration registration = database.addListener(listener);
            try {
                values = read.get();
            } finally {
                registration.close();
            }
            synchronized (events) {
                return new Trace<>(values, events.stream().map(StatementEvent::sql).toList(),
                        events.stream().map(StatementEvent::parameters).toList(), events.size(), onCaller.get());
            }
        }
    }

    // --- databases and data ---

    private static List<Database> databases() {
        return TestDatabases.usable();
    }

    /** Empties the tables between tries, children first; cheaper than recreating them on the servers. */
    private static void clear(Database database) {
        for (String table : List.of("comments", "posts", "profiles", "enrollments", "students", "courses", "users")) {
            database.execute("DELETE FROM " + table);
        }
    }

    /** Saves the graph once, through the sync models; both kinds then read it. */
    private static void insert(Graph graph) {
        List<User> users = new ArrayList<>();
        for (UserSpec spec : graph.users()) {
            User user = new User(spec.name(), spec.age());
            user.email = spec.email();
            users.add(user);
        }
        ActiveRecord.saveAll(users);
        List<Post> posts = new ArrayList<>();
        List<PostSpec> postSpecs = new ArrayList<>();
        List<Profile> profiles = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            UserSpec spec = graph.users().get(i);
            for (PostSpec postSpec : spec.posts()) {
                Post post = new Post(postSpec.title());
                post.userId = users.get(i).id;
                posts.add(post);
                postSpecs.add(postSpec);
            }
            if (spec.profile()) {
                Profile profile = new Profile();
                profile.userId = users.get(i).id;
                profile.bio = "About " + spec.name();
                profiles.add(profile);
            }
        }
        ActiveRecord.saveAll(posts);
        ActiveRecord.saveAll(profiles);
        List<Comment> comments = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            for (CommentSpec spec : postSpecs.get(i).comments()) {
                Comment comment = new Comment(spec.content());
                comment.postId = posts.get(i).id;
                comment.userId = spec.author() == null ? null : users.get(spec.author()).id;
                comments.add(comment);
            }
        }
        ActiveRecord.saveAll(comments);
        insertSchool(graph.school());
    }

    private static void insertSchool(School school) {
        List<Course> courses = new ArrayList<>();
        for (int i = 0; i < school.courses(); i++) {
            Course course = new Course();
            course.title = "Course " + i;
            courses.add(course);
        }
        ActiveRecord.saveAll(courses);
        List<Student> students = new ArrayList<>();
        for (StudentSpec spec : school.students()) {
            Student student = new Student();
            student.name = spec.name();
            students.add(student);
        }
        ActiveRecord.saveAll(students);
        List<Enrollment> enrollments = new ArrayList<>();
        for (int i = 0; i < students.size(); i++) {
            for (int course : school.students().get(i).courses()) {
                Enrollment enrollment = new Enrollment();
                enrollment.studentId = students.get(i).id;
                enrollment.courseId = courses.get(course).id;
                enrollments.add(enrollment);
            }
        }
        ActiveRecord.saveAll(enrollments);
    }

    // --- the generated graph and reads ---

    /** Users (0 to 6) with their posts and profiles, and a school of students and courses. */
    record Graph(List<UserSpec> users, School school) {
    }

    record UserSpec(String name, String email, Integer age, boolean profile, List<PostSpec> posts) {
    }

    record PostSpec(String title, List<CommentSpec> comments) {
    }

    /** A comment; {@code author} indexes the graph's users, or is null for an anonymous comment. */
    record CommentSpec(String content, Integer author) {
    }

    /** Courses 0 to {@code courses - 1}, and students each enrolled in a set of them (possibly none). */
    record School(int courses, List<StudentSpec> students) {
    }

    record StudentSpec(String name, Set<Integer> courses) {
    }

    /** The eager-loading paths of each root query, the stream's fetch size and the per-owner limit on posts. */
    record Reads(List<String> userPaths, List<String> postPaths, List<String> studentPaths, int fetchSize, int newestPosts) {
    }

    @Provide
    Arbitrary<Graph> graphs() {
        Arbitrary<List<UserSpec>> users = Arbitraries.integers().between(0, 6).withDistribution(UNIFORM)
                .flatMap(count -> user(count).list().ofSize(count));
        Arbitrary<School> school = Arbitraries.integers().between(0, 4).withDistribution(UNIFORM)
                .flatMap(courses -> student(courses).list().ofMaxSize(5).withSizeDistribution(UNIFORM)
                        .map(students -> new School(courses, students)));
        return Combinators.combine(users, school).as(Graph::new);
    }

    @Provide
    Arbitrary<Reads> reads() {
        return Combinators.combine(paths(USER_PATHS), paths(POST_PATHS), paths(STUDENT_PATHS),
                Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 3)).as(Reads::new);
    }

    /** Distinct paths in random order, possibly none. */
    private static Arbitrary<List<String>> paths(List<String> from) {
        return Arbitraries.of(from).list().uniqueElements().ofMaxSize(from.size()).withSizeDistribution(UNIFORM);
    }

    private static Arbitrary<UserSpec> user(int users) {
        Arbitrary<String> emails = names().map(name -> name.toLowerCase(Locale.ROOT) + "@example.com").injectNull(0.3);
        return Combinators.combine(names(), emails, Arbitraries.integers().between(0, 120).injectNull(0.2),
                Arbitraries.of(true, false), post(users).list().ofMaxSize(3).withSizeDistribution(UNIFORM)).as(UserSpec::new);
    }

    private static Arbitrary<PostSpec> post(int users) {
        return Combinators.combine(texts(), comment(users).list().ofMaxSize(3).withSizeDistribution(UNIFORM)).as(PostSpec::new);
    }

    private static Arbitrary<CommentSpec> comment(int users) {
        Arbitrary<Integer> author = users == 0 ? Arbitraries.just(null)
                : Arbitraries.integers().between(0, users - 1).injectNull(0.25);
        return Combinators.combine(texts(), author).as(CommentSpec::new);
    }

    private static Arbitrary<StudentSpec> student(int courses) {
        Arbitrary<Set<Integer>> enrolled = courses == 0 ? Arbitraries.just(Set.of())
                : Arbitraries.integers().between(0, courses - 1).set().ofMaxSize(courses).withSizeDistribution(UNIFORM);
        return Combinators.combine(names(), enrolled).as(StudentSpec::new);
    }

    private static Arbitrary<String> names() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8);
    }

    private static Arbitrary<String> texts() {
        return Arbitraries.strings().alpha().numeric().ofMaxLength(12);
    }
}
