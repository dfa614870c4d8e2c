package org.activerecord4j.async;

import java.util.List;
import org.activerecord4j.AsyncQuery;
import org.activerecord4j.async.GraphRows.CommentRow;
import org.activerecord4j.async.GraphRows.CourseRow;
import org.activerecord4j.async.GraphRows.Enrolled;
import org.activerecord4j.async.GraphRows.Person;
import org.activerecord4j.async.GraphRows.PostRow;
import org.activerecord4j.async.GraphRows.ProfileRow;
import org.activerecord4j.async.GraphRows.StudentRow;
import org.activerecord4j.async.GraphRows.UserRow;
import org.activerecord4j.models.async.Comment;
import org.activerecord4j.models.async.Course;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.Profile;
import org.activerecord4j.models.async.Student;
import org.activerecord4j.models.async.User;

/**
 * {@link GraphReads} through the async models, read for read as {@link SyncGraphReads} does: each read's future
 * is waited for before the next read starts, so the statements run in the walk's order.
 */
final class AsyncGraphReads implements GraphReads {

    @Override
    public List<UserRow> users(List<String> paths, Integer newestPosts) {
        AsyncQuery<User> query = User.query().orderBy(User.c.id.asc());
        if (newestPosts != null) {
            query = query.with("posts", q -> q.orderBy(Post.c.id.desc()).limit(newestPosts));
        }
        return query.with(paths.toArray(String[]::new)).all().join().stream().map(this::user).toList();
    }

    @Override
    public UserRow firstUser(List<String> paths) {
        User first = User.query().orderBy(User.c.id.asc()).with(paths.toArray(String[]::new)).first().join();
        return first == null ? null : user(first);
    }

    @Override
    public List<UserRow> streamedUsers(List<String> paths, int fetchSize) {
        List<User> users = RecordCollector.all(User.query().orderBy(User.c.id.asc()).with(paths.toArray(String[]::new)).stream(fetchSize))
                .join();
        return users.stream().map(this::user).toList();
    }

    @Override
    public List<PostRow> posts(List<String> paths) {
        return Post.query().orderBy(Post.c.id.asc()).with(paths.toArray(String[]::new)).all().join().stream().map(this::post).toList();
    }

    @Override
    public List<StudentRow> students(List<String> paths) {
        return Student.query().orderBy(Student.c.id.asc()).with(paths.toArray(String[]::new)).all().join().stream()
                .map(this::student).toList();
    }

    private UserRow user(User user) {
        List<PostRow> posts = user.posts().join().stream().map(this::post).toList();
        ProfileRow profile = profile(user.profile().join());
        List<CommentRow> comments = user.comments().join().stream().map(this::comment).toList();
        return new UserRow(person(user), posts, profile, comments);
    }

    private PostRow post(Post post) {
        User author = post.author().join();
        ProfileRow authorProfile = author == null ? null : profile(author.profile().join());
        List<CommentRow> comments = post.comments().join().stream().map(this::comment).toList();
        return new PostRow(post.id, post.userId, post.title, person(author), authorProfile, comments);
    }

    private CommentRow comment(Comment comment) {
        Person author = person(comment.author().join());
        Post post = comment.post().join();
        return new CommentRow(comment.id, comment.content, comment.userId, comment.postId, author, post == null ? null : post.id);
    }

    private ProfileRow profile(Profile profile) {
        if (profile == null) {
            return null;
        }
        User owner = profile.owner().join();
        return new ProfileRow(profile.id, profile.userId, profile.bio, owner == null ? null : owner.id);
    }

    private StudentRow student(Student student) {
        return new StudentRow(student.id, student.name, student.courses().join().stream().map(this::course).toList());
    }

    private CourseRow course(Course course) {
        List<Enrolled> students = course.students().join().stream().map(student -> new Enrolled(student.id, student.name))
                .toList();
        return new CourseRow(course.id, course.title, students);
    }

    private static Person person(User user) {
        return user == null ? null : new Person(user.id, user.name, user.email, user.age);
    }
}
