package org.activerecord4j.async;

import java.math.BigDecimal;
import java.util.List;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.models.async.Account;
import org.activerecord4j.models.async.Comment;
import org.activerecord4j.models.async.Course;
import org.activerecord4j.models.async.Desk;
import org.activerecord4j.models.async.Mat;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.Profile;
import org.activerecord4j.models.async.Student;
import org.activerecord4j.models.async.User;

/** {@link Outcomes} through the async models, each call waited for. */
final class AsyncOutcomes implements Outcomes {

    private static final IllegalStateException FAILURE = new IllegalStateException("rolled back on purpose");

    private static User user(String name) {
        User user = new User(name, 31);
        user.save().join();
        return user;
    }

    private static Post post(User owner, String title) {
        Post post = new Post(title);
        post.userId = owner == null ? null : owner.id;
        post.save().join();
        return post;
    }

    private static Student student(String name) {
        Student student = new Student();
        student.name = name;
        student.save().join();
        return student;
    }

    private static Course course(String title) {
        Course course = new Course();
        course.title = title;
        course.save().join();
        return course;
    }

    @Override
    public List<String> lazyReads(Database database) {
        Facts facts = new Facts(database);
        User ann = user("Ann");
        post(ann, "one");
        post(ann, "two");
        Profile profile = new Profile();
        profile.userId = ann.id;
        profile.save().join();
        User read = User.findOne(ann.id).join();
        facts.asyncRead("posts", read::posts);
        facts.asyncRead("posts again", read::posts);
        facts.asyncRead("a post's author (inverse)", () -> read.posts().thenCompose(posts -> posts.get(0).author()));
        facts.asyncRead("profile", read::profile);
        facts.asyncRead("profile's owner (inverse)", () -> read.profile().thenCompose(Profile::owner));
        Post first = Post.findOne(read.posts().join().get(0).id).join();
        facts.asyncRead("a post's author", first::author);
        facts.asyncRead("the author's posts", () -> first.author().thenCompose(User::posts));
        facts.asyncRead("a new comment's author", () -> new Comment("x").author());
        Student sam = student("Sam");
        Student.courses.add(sam, course("Math")).join();
        Student readSam = Student.findOne(sam.id).join();
        facts.asyncRead("courses", readSam::courses);
        facts.asyncRead("a course's students", () -> readSam.courses().thenCompose(courses -> courses.get(0).students()));
        return facts.lines();
    }

    @Override
    public List<String> eagerReads(Database database) {
        Facts facts = new Facts(database);
        User ann = user("Ann");
        post(ann, "one");
        post(ann, "two");
        user("Bob");
        List<User> users = User.query().with("posts", "profile").orderBy("id").all().join();
        facts.count("query with posts and profile", () -> User.query().with("posts", "profile").all().join());
        facts.asyncRead("posts", users.get(0)::posts);
        facts.asyncRead("no posts", users.get(1)::posts);
        facts.asyncRead("no profile", users.get(0)::profile);
        facts.asyncRead("a post's author (inverse)", () -> users.get(0).posts().thenCompose(posts -> posts.get(1).author()));
        List<Post> posts = Post.query().with("author.posts").orderBy("id").all().join();
        facts.asyncRead("author.posts", () -> posts.get(0).author().thenCompose(User::posts));
        return facts.lines();
    }

    @Override
    public List<String> relationWrites(Database database) {
        Facts facts = new Facts(database);
        User ann = user("Ann");
        ann.posts().join();
        Post added = new Post("new");
        facts.count("add a new post", () -> User.posts.add(ann, added).join());
        facts.asyncRead("posts after add", ann::posts);
        Post saved = post(null, "saved");
        facts.count("add a saved post", () -> User.posts.add(ann, saved).join());
        facts.count("add it again", () -> User.posts.add(ann, saved).join());
        facts.count("remove it", () -> User.posts.remove(ann, saved).join());
        facts.asyncRead("posts after remove", ann::posts);
        facts.state("removed post", saved, saved.id);
        facts.note("removed post's key", saved.userId);
        Profile first = new Profile();
        facts.count("set a new profile", () -> User.profile.set(ann, first).join());
        facts.asyncRead("profile", ann::profile);
        Profile second = new Profile();
        facts.count("replace the profile", () -> User.profile.set(ann, second).join());
        facts.note("former profile's key", first.userId);
        facts.count("set no profile", () -> User.profile.set(ann, null).join());
        facts.asyncRead("profile after unset", ann::profile);
        Student sam = student("Sam");
        Course math = course("Math");
        facts.count("through add", () -> Student.courses.add(sam, math).join());
        facts.asyncRead("courses", sam::courses);
        facts.count("through add of a new target", () -> Student.courses.add(sam, new Course()).join());
        facts.count("through remove", () -> Student.courses.remove(sam, math).join());
        facts.asyncRead("courses after remove", sam::courses);
        Post other = post(null, "other");
        facts.count("BelongsTo set", () -> Post.author.set(other, ann));
        facts.asyncRead("author after set", other::author);
        facts.state("post after BelongsTo set", other, other.id);
        return facts.lines();
    }

    @Override
    public List<String> saveAll(Database database) {
        Facts facts = new Facts(database);
        List<User> users = List.of(new User("A", 1), new User("B", 2), new User("C", 3));
        facts.count("saveAll of three new", () -> AsyncActiveRecord.saveAll(users).join());
        for (User user : users) {
            facts.state("saved " + user.name, user, user.id);
        }
        users.get(0).name = "A2";
        List<User> mixed = List.of(users.get(0), users.get(1), new User("D", 4));
        facts.count("saveAll of a changed, an unchanged and a new", () -> AsyncActiveRecord.saveAll(mixed).join());
        for (User user : mixed) {
            facts.state("saved " + user.name, user, user.id);
        }
        facts.count("saveAll of none", () -> AsyncActiveRecord.saveAll(List.of()).join());
        return facts.lines();
    }

    @Override
    public List<String> deleteWithDependents(Database database) {
        Facts facts = new Facts(database);
        User ann = user("Ann");
        Profile profile = new Profile();
        User.profile.set(ann, profile).join();
        facts.count("delete a user with a profile (destroy)", () -> ann.delete().join());
        facts.state("the user", ann, ann.id);
        facts.state("the profile", profile, profile.id);
        Post post = post(null, "p");
        Comment one = new Comment("one");
        one.postId = post.id;
        one.save().join();
        Comment two = new Comment("two");
        two.postId = post.id;
        two.save().join();
        post.comments().join();
        facts.count("delete a post with comments (delete)", () -> post.delete().join());
        facts.cached("the post's comments", post, "comments");
        facts.state("a comment", one, one.id);
        Student sam = student("Sam");
        Student.courses.add(sam, course("A")).join();
        Student.courses.add(sam, course("B")).join();
        facts.count("delete a student with courses (delete join rows)", () -> sam.delete().join());
        facts.count("delete a user with a restricting order", () -> {
            User bob = user("Bob");
            org.activerecord4j.models.async.Order order = new org.activerecord4j.models.async.Order();
            order.userId = bob.id;
            order.save().join();
            bob.delete().join();
        });
        return facts.lines();
    }

    @Override
    public List<String> failedAddOnForeignKey(Database database) {
        Facts facts = new Facts(database);
        User ann = user("Ann");
        Post kept = new Post("kept");
        User.posts.add(ann, kept).join();
        ann.posts().join();
        database.execute("UPDATE posts SET user_id = NULL WHERE id = ?", kept.id);
        database.execute("DELETE FROM users WHERE id = ?", ann.id);
        Post added = new Post("added");
        facts.count("add a new post to a deleted owner", () -> User.posts.add(ann, added).join());
        facts.state("the new post", added, added.id);
        facts.note("its key", added.userId);
        facts.cached("owner's posts", ann, "posts");
        facts.asyncRead("owner's posts", ann::posts);
        Post saved = post(null, "saved");
        facts.count("add a saved post to a deleted owner", () -> User.posts.add(ann, saved).join());
        facts.state("the saved post", saved, saved.id);
        facts.note("its key", saved.userId);
        facts.asyncRead("owner's posts", ann::posts);
        facts.asyncRead("the saved post's author", saved::author);
        return facts.lines();
    }

    @Override
    public List<String> failedThroughAddOnUniqueKey(Database database) {
        Facts facts = new Facts(database);
        Student sam = student("Sam");
        Course math = course("Math");
        sam.courses().join();
        math.students().join();
        database.execute("INSERT INTO enrollments (student_id, course_id) VALUES (?, ?)", sam.id, math.id);
        facts.count("through add of a pair already joined", () -> Student.courses.add(sam, math).join());
        facts.cached("student's courses", sam, "courses");
        facts.asyncRead("student's courses", sam::courses);
        facts.cached("course's students", math, "students");
        facts.asyncRead("course's students", math::students);
        Course art = new Course();
        art.title = "Art";
        database.execute("DELETE FROM enrollments WHERE student_id = ?", sam.id);
        database.execute("DELETE FROM students WHERE id = ?", sam.id);
        facts.count("through add of a new target to a deleted owner", () -> Student.courses.add(sam, art).join());
        facts.state("the new course", art, art.id);
        facts.asyncRead("student's courses", sam::courses);
        return facts.lines();
    }

    @Override
    public List<String> failedRemoveOfDeletedChild(Database database) {
        Facts facts = new Facts(database);
        User ann = user("Ann");
        Post gone = post(ann, "gone");
        post(ann, "kept");
        ann.posts().join();
        database.execute("DELETE FROM posts WHERE id = ?", gone.id);
        facts.count("remove of a child deleted meanwhile", () -> User.posts.remove(ann, gone).join());
        facts.state("the child", gone, gone.id);
        facts.note("its key", gone.userId);
        facts.asyncRead("owner's posts", ann::posts);
        Post stranger = post(null, "stranger");
        facts.count("remove of a child of no owner", () -> User.posts.remove(ann, stranger).join());
        facts.asyncRead("owner's posts", ann::posts);
        return facts.lines();
    }

    @Override
    public List<String> failedHasOneSetOnNotNull(Database database) {
        Facts facts = new Facts(database);
        Desk desk = new Desk();
        desk.save().join();
        Mat first = new Mat();
        Desk.mat.set(desk, first).join();
        facts.count("unset a mat whose key cannot be null", () -> Desk.mat.set(desk, null).join());
        facts.cached("desk's mat", desk, "mat");
        facts.asyncRead("desk's mat", desk::mat);
        facts.state("the mat", first, first.id);
        facts.note("its key set", first.deskId != null);
        Mat second = new Mat();
        facts.count("replace a mat whose key cannot be null", () -> Desk.mat.set(desk, second).join());
        facts.state("the new mat", second, second.id);
        facts.note("its key set", second.deskId != null);
        facts.asyncRead("desk's mat", desk::mat);
        facts.asyncRead("the new mat's desk", second::desk);
        return facts.lines();
    }

    @Override
    public List<String> failedLazyRead(Database database) {
        Facts facts = new Facts(database);
        User ann = user("Ann");
        post(ann, "one");
        user("Bob");
        List<User> users = User.query().strict().orderBy("id").all().join();
        facts.asyncRead("strict lazy read", users.get(0)::posts);
        facts.cached("after it", users.get(0), "posts");
        facts.asyncRead("strict lazy read again", users.get(0)::posts);
        facts.asyncRead("strict lazy read of a to-one", users.get(0)::profile);
        facts.cached("after it", users.get(0), "profile");
        User alone = User.query().strict().whereEq("name", "Ann").all().join().get(0);
        facts.asyncRead("strict lazy read of a single row", alone::posts);
        facts.cached("after it", alone, "posts");
        return facts.lines();
    }

    @Override
    public List<String> rolledBackRelationWrites(Database database) {
        Facts facts = new Facts(database);
        User ann = user("Ann");
        Post kept = post(ann, "kept");
        ann.posts().join();
        Post added = new Post("added");
        Profile profile = new Profile();
        Student sam = student("Sam");
        Course math = course("Math");
        sam.courses().join();
        facts.count("transaction rolled back after writes", () -> AsyncActiveRecord.transaction(() -> User.posts.add(ann, added)
                .thenCompose(done -> User.posts.remove(ann, kept))
                .thenCompose(done -> User.profile.set(ann, profile))
                .thenCompose(done -> Student.courses.add(sam, math))
                .thenCompose(done -> ann.posts())
                .thenCompose(done -> sam.courses())
                .thenApply(done -> {
                    throw FAILURE;
                })).join());
        facts.state("added post", added, added.id);
        facts.note("its key", added.userId);
        facts.state("removed post", kept, kept.id);
        facts.note("its key set", kept.userId != null);
        facts.state("profile", profile, profile.id);
        facts.note("its key", profile.userId);
        facts.cached("ann's posts", ann, "posts");
        facts.asyncRead("ann's posts", ann::posts);
        facts.cached("ann's profile", ann, "profile");
        facts.asyncRead("ann's profile", ann::profile);
        facts.asyncRead("sam's courses", sam::courses);
        facts.asyncRead("math's students", math::students);
        User bob = user("Bob");
        facts.count("transaction rolled back after delete", () -> AsyncActiveRecord.transaction(() -> bob.delete().thenApply(done -> {
            throw FAILURE;
        })).join());
        facts.state("bob", bob, bob.id);
        return facts.lines();
    }

    @Override
    public List<String> failedSaveOutsideTransaction(Database database) {
        Facts facts = new Facts(database);
        Account tooLong = new Account("ABCDEFGHIJKLMNOP", BigDecimal.ONE);
        facts.count("insert of a value too long", () -> tooLong.save().join());
        facts.state("the account", tooLong, tooLong.id);
        Account saved = new Account("A", BigDecimal.ONE);
        saved.save().join();
        saved.code = "ABCDEFGHIJKLMNOP";
        saved.balance = BigDecimal.TEN;
        facts.count("update of a value too long", () -> saved.save().join());
        facts.state("the account", saved, saved.id);
        saved.code = "B";
        facts.count("update after it", () -> saved.save().join());
        facts.state("the account", saved, saved.id);
        return facts.lines();
    }

    @Override
    public List<String> failedSaveInsideTransaction(Database database) {
        Facts facts = new Facts(database);
        Account first = new Account("A", BigDecimal.ONE);
        Account tooLong = new Account("ABCDEFGHIJKLMNOP", BigDecimal.ONE);
        Account existing = new Account("E", BigDecimal.ONE);
        existing.save().join();
        facts.count("transaction whose second insert fails", () -> AsyncActiveRecord.transaction(() -> first.save()
                .thenCompose(done -> {
                    existing.code = "F";
                    return existing.save();
                })
                .thenCompose(done -> tooLong.save())).join());
        facts.state("first", first, first.id);
        facts.state("existing", existing, existing.id);
        facts.note("existing code", existing.code);
        facts.state("too long", tooLong, tooLong.id);
        facts.count("saving them again", () -> {
            first.save().join();
            existing.save().join();
        });
        facts.state("first", first, first.id);
        facts.state("existing", existing, existing.id);
        return facts.lines();
    }

    @Override
    public List<String> failedSaveAll(Database database) {
        Facts facts = new Facts(database);
        Account changed = new Account("C", BigDecimal.ONE);
        changed.save().join();
        changed.code = "D";
        List<Account> accounts = List.of(new Account("A", BigDecimal.ONE), changed,
                new Account("ABCDEFGHIJKLMNOP", BigDecimal.ONE), new Account("B", BigDecimal.ONE));
        facts.count("saveAll with a value too long", () -> AsyncActiveRecord.saveAll(accounts).join());
        for (Account account : accounts) {
            facts.state("account " + account.code, account, account.id);
        }
        facts.count("count", () -> facts.note("rows", Account.query().count().join()));
        facts.count("saveAll in a transaction that fails later", () -> AsyncActiveRecord.transaction(() -> AsyncActiveRecord.saveAll(List.of(accounts.get(0), accounts.get(3)))
                .thenApply(done -> {
                    throw FAILURE;
                })).join());
        facts.state("account A", accounts.get(0), accounts.get(0).id);
        return facts.lines();
    }

    @Override
    public List<String> readsFromMemory(Database database) {
        Facts facts = new Facts(database);
        User ann = user("Ann");
        post(ann, "one");
        Profile profile = new Profile();
        profile.userId = ann.id;
        profile.save().join();
        facts.asyncRead("a new user's posts", () -> new User("New", 1).posts());
        facts.asyncRead("a new user's profile", () -> new User("New", 1).profile());
        facts.asyncRead("a post with no owner's author", () -> new Post("x").author());
        User read = User.findOne(ann.id).join();
        facts.asyncRead("posts (first read)", read::posts);
        facts.asyncRead("posts (cached)", read::posts);
        facts.asyncRead("post's author (inverse)", () -> read.posts().thenCompose(posts -> posts.get(0).author()));
        facts.asyncRead("profile (first read)", read::profile);
        facts.asyncRead("profile's owner (inverse)", () -> read.profile().thenCompose(Profile::owner));
        read.clearRelationCache("posts");
        facts.asyncRead("posts after clearing", read::posts);
        Post post = read.posts().join().get(0);
        User bob = user("Bob");
        post.userId = bob.id;
        facts.asyncRead("author after its key changed", post::author);
        post.userId = null;
        facts.asyncRead("author after its key became null", post::author);
        Post assigned = new Post("assigned");
        Post.author.set(assigned, new User("Unsaved", 1));
        facts.asyncRead("author assigned before it has a key", assigned::author);
        User eager = User.query().with("posts.comments").whereEq("name", "Ann").all().join().get(0);
        facts.asyncRead("eager posts", eager::posts);
        facts.asyncRead("eager posts' comments", () -> eager.posts().thenCompose(posts -> posts.get(0).comments()));
        facts.asyncRead("eager posts' author (inverse)", () -> eager.posts().thenCompose(posts -> posts.get(0).author()));
        facts.asyncRead("eager profile not loaded", eager::profile);
        return facts.lines();
    }
}
