package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 * Eager and lazy loading give identical data on a randomly generated graph: users with posts, comments
 * by random (so shared) authors or by nobody, some profiles, students enrolled in random courses, and
 * empty parents everywhere. Each try saves its graph on every selected database (an unreachable server
 * is skipped locally and fails on CI, like {@code @DatabaseTest}), then compares the eager load with the
 * lazy one and with the data saved, counts the eager load's statements and checks instance identity.
 */
class EagerLoadingPropertyTest {

    private static final String[] USER_PATHS = {"posts", "posts.comments", "posts.comments.author", "profile", "comments"};
    private static final RandomDistribution UNIFORM = RandomDistribution.uniform();

    @BeforeProperty
    void createSchema() {
        for (Database database : databases()) {
            TestSchema.recreate(database, User.class, Post.class, Comment.class, Profile.class,
                    Student.class, Course.class, Enrollment.class);
        }
    }

    /** Random graphs; jqwik's edge cases are off (they are near-identical tiny graphs): the examples below pin the corners. */
    @Property(tries = 30, edgeCases = EdgeCasesMode.NONE)
    void eagerLoad_ofARandomGraph_readsWhatLazyLoadingReads_inOneStatementPerStep(@ForAll("graphs") Graph graph) {
        check(graph);
    }

    @Example
    void eagerLoad_ofNoRows_runsOnlyTheRootQuery() {
        check(new Graph(List.of(), new School(2, List.of())));
    }

    @Example
    void eagerLoad_ofUsersWithoutPosts_skipsTheStepsBelowPosts() {
        List<UserSpec> users = List.of(new UserSpec("Ann", null, 30, true, List.of()),
                new UserSpec("Bob", "bob@example.com", null, false, List.of()));
        check(new Graph(users, new School(2, List.of(new StudentSpec("Cy", Set.of())))));
    }

    @Example
    void eagerLoad_ofAnonymousCommentsOnly_skipsTheAuthorStep() {
        PostSpec post = new PostSpec("Hello", List.of(new CommentSpec("first", null), new CommentSpec("second", null)));
        check(new Graph(List.of(new UserSpec("Ann", null, 30, false, List.of(post, new PostSpec("Empty", List.of())))),
                new School(0, List.of(new StudentSpec("Cy", Set.of())))));
    }

    private static void check(Graph graph) {
        for (Database database : databases()) {
            Database.setDefault(database);
            try {
                clear(database);
                Saved saved = Saved.insert(graph);
                checkUsers(database, saved);
                checkPosts(database, saved);
                checkStudents(database, saved);
            } finally {
                Database.setDefault(null);
            }
        }
    }

    // --- the checks ---

    private static void checkUsers(Database database, Saved saved) {
        String on = database.dialectName() + ": ";
        Query<User> users = User.query().orderBy(User.c.id.asc());
        List<UserRow> lazy = users.all().stream().map(UserRow::of).toList();

        List<User> eager = new ArrayList<>();
        int statements = StatementCounter.count(database, () -> eager.addAll(users.with(USER_PATHS).all()));
        List<UserRow> eagerRows = new ArrayList<>();
        int readingStatements = StatementCounter.count(database, () -> eager.forEach(user -> eagerRows.add(UserRow.of(user))));

        assertThat(lazy).as(on + "users read lazily vs. the data saved").isEqualTo(saved.expectedUsers());
        assertThat(eagerRows).as(on + "users read eagerly vs. lazily").isEqualTo(lazy);
        assertThat(statements).as(on + "statements of with(%s)", String.join(", ", USER_PATHS))
                .isEqualTo(saved.expectedUserStatements());
        assertThat(readingStatements).as(on + "statements reading the eagerly loaded relations").isZero();
        assertUserIdentities(on, eager);

        try (Stream<User> stream = users.with(USER_PATHS).stream(4)) {
            assertThat(stream.map(UserRow::of).toList()).as(on + "users streamed eagerly, 4 a batch, vs. lazily").isEqualTo(lazy);
        }
    }

    /** Every author is the root user of that id, and a comment reached by its post and by its author is one instance. */
    private static void assertUserIdentities(String on, List<User> users) {
        Map<Long, User> roots = users.stream().collect(Collectors.toMap(user -> user.id, Function.identity()));
        Map<Long, Comment> byPost = new HashMap<>();
        for (User user : users) {
            for (Post post : user.posts()) {
                assertThat(post.author()).as(on + "author of post %s", post.id).isSameAs(user);
                for (Comment comment : post.comments()) {
                    byPost.put(comment.id, comment);
                    assertThat(comment.post()).as(on + "post of comment %s", comment.id).isSameAs(post);
                    assertThat(comment.author()).as(on + "author of comment %s", comment.id).isSameAs(roots.get(comment.userId));
                }
            }
        }
        for (User user : users) {
            for (Comment comment : user.comments()) {
                assertThat(comment).as(on + "comment %s by user and by post", comment.id).isSameAs(byPost.get(comment.id));
                assertThat(comment.author()).as(on + "author of comment %s", comment.id).isSameAs(user);
            }
        }
    }

    /** From posts the authors are not the query's records: two comments by one user still share one instance. */
    private static void checkPosts(Database database, Saved saved) {
        String on = database.dialectName() + ": ";
        List<Post> eager = new ArrayList<>();
        int statements = StatementCounter.count(database,
                () -> eager.addAll(Post.query().orderBy(Post.c.id.asc()).with("comments.author").all()));

        List<PostRow> expected = saved.expectedUsers().stream().flatMap(user -> user.posts().stream())
                .sorted(Comparator.comparingLong(PostRow::id)).toList();
        assertThat(eager.stream().map(PostRow::of).toList()).as(on + "posts with comments.author vs. the data saved")
                .isEqualTo(expected);
        boolean anyAuthor = saved.comments.stream().anyMatch(comment -> comment.userId != null);
        assertThat(statements).as(on + "statements of Post with(comments.author)")
                .isEqualTo(saved.posts.isEmpty() ? 1 : anyAuthor ? 3 : 2);
        assertOneInstancePerId(on + "comment authors", eager.stream().flatMap(post -> post.comments().stream()).map(Comment::author),
                user -> user.id);
    }

    private static void checkStudents(Database database, Saved saved) {
        String on = database.dialectName() + ": ";
        Query<Student> students = Student.query().orderBy(Student.c.id.asc());
        List<StudentRow> lazy = students.all().stream().map(StudentRow::of).toList();

        List<Student> eager = new ArrayList<>();
        int statements = StatementCounter.count(database, () -> eager.addAll(students.with("courses").all()));
        List<StudentRow> eagerRows = new ArrayList<>();
        int readingStatements = StatementCounter.count(database,
                () -> eager.forEach(student -> eagerRows.add(StudentRow.of(student))));

        assertThat(lazy).as(on + "students read lazily vs. the data saved").isEqualTo(saved.expectedStudents());
        assertThat(eagerRows).as(on + "students read eagerly vs. lazily").isEqualTo(lazy);
        assertThat(statements).as(on + "statements of Student with(courses)").isEqualTo(saved.students.isEmpty() ? 1 : 2);
        assertThat(readingStatements).as(on + "statements reading the eagerly loaded courses").isZero();
        assertOneInstancePerId(on + "courses", eager.stream().flatMap(student -> student.courses().stream()), course -> course.id);
    }

    private static <T> void assertOneInstancePerId(String what, Stream<T> records, Function<T, Long> id) {
        Map<Long, T> first = new HashMap<>();
        records.filter(Objects::nonNull).forEach(record -> assertThat(record)
                .as(what + ": the instance of id %s", id.apply(record)).isSameAs(first.computeIfAbsent(id.apply(record), key -> record)));
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

    /** The records of one graph after saving, and what reading them must give. */
    private static final class Saved {
        final List<User> users = new ArrayList<>();
        final List<Post> posts = new ArrayList<>();
        final List<Comment> comments = new ArrayList<>();
        final List<Profile> profiles = new ArrayList<>();
        final List<Course> courses = new ArrayList<>();
        final List<Student> students = new ArrayList<>();
        final List<Enrollment> enrollments = new ArrayList<>();

        static Saved insert(Graph graph) {
            Saved saved = new Saved();
            for (UserSpec spec : graph.users()) {
                User user = new User(spec.name(), spec.age());
                user.email = spec.email();
                saved.users.add(user);
            }
            ActiveRecord.saveAll(saved.users);
            List<PostSpec> postSpecs = new ArrayList<>();
            for (int i = 0; i < graph.users().size(); i++) {
                User user = saved.users.get(i);
                for (PostSpec spec : graph.users().get(i).posts()) {
                    Post post = new Post(spec.title());
                    post.userId = user.id;
                    saved.posts.add(post);
                    postSpecs.add(spec);
                }
                if (graph.users().get(i).profile()) {
                    Profile profile = new Profile();
                    profile.userId = user.id;
                    profile.bio = "About " + user.name;
                    saved.profiles.add(profile);
                }
            }
            ActiveRecord.saveAll(saved.posts);
            ActiveRecord.saveAll(saved.profiles);
            for (int i = 0; i < postSpecs.size(); i++) {
                for (CommentSpec spec : postSpecs.get(i).comments()) {
                    Comment comment = new Comment(spec.content());
                    comment.postId = saved.posts.get(i).id;
                    comment.userId = spec.author() == null ? null : saved.users.get(spec.author()).id;
                    saved.comments.add(comment);
                }
            }
            ActiveRecord.saveAll(saved.comments);
            saved.insertSchool(graph.school());
            return saved;
        }

        private void insertSchool(School school) {
            for (int i = 0; i < school.courses(); i++) {
                Course course = new Course();
                course.title = "Course " + i;
                courses.add(course);
            }
            ActiveRecord.saveAll(courses);
            for (StudentSpec spec : school.students()) {
                Student student = new Student();
                student.name = spec.name();
                students.add(student);
            }
            ActiveRecord.saveAll(students);
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

        /** 1 for the users, then 1 per step that has keys to look up: none at all when there are no users. */
        int expectedUserStatements() {
            if (users.isEmpty()) {
                return 1;
            }
            int statements = 1 + 3;                                     // users; their posts, profile, comments
            if (!posts.isEmpty()) {
                statements++;                                           // the posts' comments
            }
            if (comments.stream().anyMatch(comment -> comment.userId != null)) {
                statements++;                                           // the comments' authors
            }
            return statements;
        }

        /** The users by id, each with its posts by id (their comments newest first), profile and comments by id. */
        List<UserRow> expectedUsers() {
            return users.stream().sorted(byId(user -> user.id))
                    .map(user -> new UserRow(Person.of(user), expectedPosts(user), expectedProfile(user), expectedComments(user)))
                    .toList();
        }

        private List<PostRow> expectedPosts(User user) {
            return posts.stream().filter(post -> post.userId.equals(user.id)).sorted(byId(post -> post.id))
                    .map(post -> new PostRow(post.id, post.userId, post.title, expectedComments(post))).toList();
        }

        private ProfileRow expectedProfile(User user) {
            return profiles.stream().filter(profile -> profile.userId.equals(user.id)).map(ProfileRow::of).findFirst().orElse(null);
        }

        private List<CommentRow> expectedComments(User user) {
            return comments.stream().filter(comment -> user.id.equals(comment.userId)).sorted(byId(comment -> comment.id))
                    .map(this::expectedRow).toList();
        }

        private List<CommentRow> expectedComments(Post post) {
            return comments.stream().filter(comment -> comment.postId.equals(post.id))
                    .sorted(this.<Comment>byId(comment -> comment.id).reversed()).map(this::expectedRow).toList();
        }

        private CommentRow expectedRow(Comment comment) {
            User author = users.stream().filter(user -> user.id.equals(comment.userId)).findFirst().orElse(null);
            return new CommentRow(comment.id, comment.content, comment.userId, comment.postId, Person.of(author));
        }

        /** The students by id, each with the courses it is enrolled in, by id. */
        List<StudentRow> expectedStudents() {
            return students.stream().sorted(byId(student -> student.id))
                    .map(student -> new StudentRow(student.id, student.name, expectedCourses(student))).toList();
        }

        private List<CourseRow> expectedCourses(Student student) {
            Set<Long> enrolled = enrollments.stream().filter(enrollment -> enrollment.studentId.equals(student.id))
                    .map(enrollment -> enrollment.courseId).collect(Collectors.toSet());
            return courses.stream().filter(course -> enrolled.contains(course.id)).sorted(byId(course -> course.id))
                    .map(CourseRow::of).toList();
        }

        private <T> Comparator<T> byId(Function<T, Long> id) {
            return Comparator.comparing(id);
        }
    }

    // --- value snapshots of what the relations return ---

    record Person(long id, String name, String email, Integer age) {
        static Person of(User user) {
            return user == null ? null : new Person(user.id, user.name, user.email, user.age);
        }
    }

    record UserRow(Person user, List<PostRow> posts, ProfileRow profile, List<CommentRow> comments) {
        static UserRow of(User user) {
            return new UserRow(Person.of(user), user.posts().stream().map(PostRow::of).toList(), ProfileRow.of(user.profile()),
                    user.comments().stream().map(CommentRow::of).toList());
        }
    }

    record PostRow(long id, Long userId, String title, List<CommentRow> comments) {
        static PostRow of(Post post) {
            return new PostRow(post.id, post.userId, post.title, post.comments().stream().map(CommentRow::of).toList());
        }
    }

    record CommentRow(long id, String content, Long userId, Long postId, Person author) {
        static CommentRow of(Comment comment) {
            return new CommentRow(comment.id, comment.content, comment.userId, comment.postId, Person.of(comment.author()));
        }
    }

    record ProfileRow(long id, Long userId, String bio) {
        static ProfileRow of(Profile profile) {
            return profile == null ? null : new ProfileRow(profile.id, profile.userId, profile.bio);
        }
    }

    record StudentRow(long id, String name, List<CourseRow> courses) {
        static StudentRow of(Student student) {
            return new StudentRow(student.id, student.name, student.courses().stream().map(CourseRow::of).toList());
        }
    }

    record CourseRow(long id, String title) {
        static CourseRow of(Course course) {
            return new CourseRow(course.id, course.title);
        }
    }

    // --- the generated graph ---

    /** Users (0 to 15) with their posts and profiles, and a school of students and courses. */
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

    @Provide
    Arbitrary<Graph> graphs() {
        Arbitrary<List<UserSpec>> users = Arbitraries.integers().between(0, 15).withDistribution(UNIFORM)
                .flatMap(count -> user(count).list().ofSize(count));
        Arbitrary<School> school = Arbitraries.integers().between(0, 5).withDistribution(UNIFORM)
                .flatMap(courses -> student(courses).list().ofMaxSize(8).withSizeDistribution(UNIFORM)
                        .map(students -> new School(courses, students)));
        return Combinators.combine(users, school).as(Graph::new);
    }

    private static Arbitrary<UserSpec> user(int users) {
        Arbitrary<String> emails = names().map(name -> name.toLowerCase(Locale.ROOT) + "@example.com").injectNull(0.3);
        return Combinators.combine(names(), emails, Arbitraries.integers().between(0, 120).injectNull(0.2),
                Arbitraries.of(true, false), post(users).list().ofMaxSize(5).withSizeDistribution(UNIFORM)).as(UserSpec::new);
    }

    private static Arbitrary<PostSpec> post(int users) {
        return Combinators.combine(texts(), comment(users).list().ofMaxSize(4).withSizeDistribution(UNIFORM)).as(PostSpec::new);
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
