package org.activerecord4j.async;

import java.util.List;
import java.util.stream.Stream;
import org.activerecord4j.Query;
import org.activerecord4j.async.GraphRows.CommentRow;
import org.activerecord4j.async.GraphRows.CourseRow;
import org.activerecord4j.async.GraphRows.Enrolled;
import org.activerecord4j.async.GraphRows.Person;
import org.activerecord4j.async.GraphRows.PostRow;
import org.activerecord4j.async.GraphRows.ProfileRow;
import org.activerecord4j.async.GraphRows.StudentRow;
import org.activerecord4j.async.GraphRows.UserRow;
import org.activerecord4j.models.Comment;
import org.activerecord4j.models.Course;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.Profile;
import org.activerecord4j.models.Student;
import org.activerecord4j.models.User;

/** {@link GraphReads} through the sync models; {@link AsyncGraphReads} is its twin, read for read. */
final class SyncGraphReads implements GraphReads {

    @Override
    public List<UserRow> users(List<String> paths, Integer newestPosts) {
        Query<User> query = User.query().orderBy(User.c.id.asc());
        if (newestPosts != null) {
            query = query.with("posts", q -> q.orderBy(Post.c.id.desc()).limit(newestPosts));
        }
        return query.with(paths.toArray(String[]::new)).all().stream().map(this::user).toList();
    }

    @Override
    public UserRow firstUser(List<String> paths) {
        User first = User.query().orderBy(User.c.id.asc()).with(paths.toArray(String[]::new)).first();
        return first == null ? null : user(first);
    }

    @Override
    public List<UserRow> streamedUsers(List<String> paths, int fetchSize) {
        List<User> users;
        try (Stream<User> stream = User.query().orderBy(User.c.id.asc()).with(paths.toArray(String[]::new)).stream(fetchSize)) {
            users = stream.toList();
        }
        return users.stream().map(this::user).toList();
    }

    @Override
    public List<PostRow> posts(List<String> paths) {
        return Post.query().orderBy(Post.c.id.asc()).with(paths.toArray(String[]::new)).all().stream().map(this::post).toList();
    }

    @Override
    public List<StudentRow> students(List<String> paths) {
        return Student.query().orderBy(Student.c.id.asc()).with(paths.toArray(String[]::new)).all().stream()
                .map(this::student).toList();
    }

    private UserRow user(User user) {
        List<PostRow> posts = user.posts().stream().map(this::post).toList();
        ProfileRow profile = profile(user.profile());
        List<CommentRow> comments = user.comments().stream().map(this::comment).toList();
        return new UserRow(person(user), posts, profile, comments);
    }

    private PostRow post(Post post) {
        User author = post.author();
        ProfileRow authorProfile = author == null ? null : profile(author.profile());
        List<CommentRow> comments = post.comments().stream().map(this::comment).toList();
        return new PostRow(post.id, post.userId, post.title, person(author), authorProfile, comments);
    }

    private CommentRow comment(Comment comment) {
        Person author = person(comment.author());
        Post post = comment.post();
        return new CommentRow(comment.id, comment.content, comment.userId, comment.postId, author, post == null ? null : post.id);
    }

    private ProfileRow profile(Profile profile) {
        if (profile == null) {
            return null;
        }
        User owner = profile.owner();
        return new ProfileRow(profile.id, profile.userId, profile.bio, owner == null ? null : owner.id);
    }

    private StudentRow student(Student student) {
        return new StudentRow(student.id, student.name, student.courses().stream().map(this::course).toList());
    }

    private CourseRow course(Course course) {
        List<Enrolled> students = course.students().stream().map(student -> new Enrolled(student.id, student.name)).toList();
        return new CourseRow(course.id, course.title, students);
    }

    private static Person person(User user) {
        return user == null ? null : new Person(user.id, user.name, user.email, user.age);
    }
}
