package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.activerecord4j.models.Comment;
import org.activerecord4j.models.Course;
import org.activerecord4j.models.Enrollment;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.Student;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * Writes through HasMany and HasManyThrough leave a loaded list as a fresh read would give it, whichever instance
 * of a row is passed, and touch only the owner's own rows.
 */
class CollectionWritesTest {

    private User ann;
    private User bob;
    private Post hello;
    private Post world;

    @BeforeEach
    void data(Database database) {
        TestSchema.recreate(database, User.class, Post.class, Comment.class, Student.class, Course.class, Enrollment.class);
        ann = saved(new User("Ann", 31));
        bob = saved(new User("Bob", 40));
        hello = post(ann, "Hello");
        world = post(ann, "World");
    }

    private static <T extends ActiveRecord<T>> T saved(T record) {
        record.save();
        return record;
    }

    private static Post post(User author, String title) {
        Post post = new Post(title);
        post.userId = author.id;
        return saved(post);
    }

    // --- writes through relations keep a loaded list as a fresh read would be ---

    @DatabaseTest
    void hasManyAdd_ofAnotherInstanceOfAListedChild_listsItOnce() {
        User loaded = User.findOneOrThrow(ann.id);
        assertThat(loaded.posts()).hasSize(2);
        Post again = Post.findOneOrThrow(hello.id);

        User.posts.add(loaded, again);

        assertThat(User.findOneOrThrow(ann.id).posts()).extracting(p -> p.id).containsExactly(hello.id, world.id);
        assertThat(loaded.posts()).extracting(p -> p.id).containsExactly(hello.id, world.id);
    }

    @DatabaseTest
    void hasManyRemove_ofAnotherInstanceOfAListedChild_dropsItFromTheLoadedList() {
        User loaded = User.findOneOrThrow(ann.id);
        assertThat(loaded.posts()).hasSize(2);
        Post again = Post.findOneOrThrow(hello.id);

        User.posts.remove(loaded, again);

        assertThat(User.findOneOrThrow(ann.id).posts()).extracting(p -> p.id).containsExactly(world.id);
        assertThat(loaded.posts()).extracting(p -> p.id).containsExactly(world.id);
    }

    @DatabaseTest
    void hasManyThroughAdd_ofAnExistingPairThroughAnotherInstance_listsItOnce() {
        Student sam = saved(student("Sam"));
        Course math = saved(course("Math"));
        Student.courses.add(sam, math);
        Student loaded = Student.findOneOrThrow(sam.id);
        assertThat(loaded.courses()).hasSize(1);

        Student.courses.add(loaded, Course.findOneOrThrow(math.id));

        assertThat(Enrollment.query().count()).isEqualTo(1);
        assertThat(loaded.courses()).extracting(c -> c.id).containsExactly(math.id);
    }

    @DatabaseTest
    void hasManyThroughRemove_throughAnotherInstance_dropsItFromTheLoadedList() {
        Student sam = saved(student("Sam"));
        Course math = saved(course("Math"));
        Student.courses.add(sam, math);
        Student loaded = Student.findOneOrThrow(sam.id);
        assertThat(loaded.courses()).hasSize(1);

        Student.courses.remove(loaded, Course.findOneOrThrow(math.id));

        assertThat(Enrollment.query().count()).isZero();
        assertThat(loaded.courses()).isEmpty();
    }

    @DatabaseTest
    void hasManyRemove_ofAnotherOwnersChild_leavesItWithItsOwner() {
        User.posts.remove(bob, hello);

        assertThat(hello.userId).isEqualTo(ann.id);
        assertThat(Post.findOneOrThrow(hello.id).userId).isEqualTo(ann.id);
        assertThat(User.findOneOrThrow(ann.id).posts()).extracting(p -> p.id).containsExactly(hello.id, world.id);
    }

    @DatabaseTest
    void hasManyRemove_ofANewChild_writesNoRow() {
        User loaded = User.findOneOrThrow(ann.id);
        assertThat(loaded.posts()).hasSize(2);
        Post draft = new Post("Draft");

        User.posts.remove(loaded, draft);

        assertThat(draft.isNewRecord()).isTrue();
        assertThat(Post.query().count()).isEqualTo(2);
        assertThat(loaded.posts()).extracting(p -> p.id).containsExactly(hello.id, world.id);
    }

    // --- helpers ---

    private static Student student(String name) {
        Student student = new Student();
        student.name = name;
        return student;
    }

    private static Course course(String title) {
        Course course = new Course();
        course.title = title;
        return course;
    }
}
