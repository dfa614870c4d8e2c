package org.activerecord4j.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.activerecord4j.ActiveRecord;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.models.async.Account;
import org.activerecord4j.models.async.Comment;
import org.activerecord4j.models.async.Course;
import org.activerecord4j.models.async.Desk;
import org.activerecord4j.models.async.LineItem;
import org.activerecord4j.models.async.Mat;
import org.activerecord4j.models.async.Order;
import org.activerecord4j.models.async.Post;
import org.activerecord4j.models.async.Profile;
import org.activerecord4j.models.async.Student;
import org.activerecord4j.models.async.User;
import org.activerecord4j.relation.AsyncHasMany;
import org.activerecord4j.relation.HasMany;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestPools;
import org.activerecord4j.testing.TestSchema;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;

/**
 * Issue 15: "a future completes exceptionally with the same exception type and message as the sync call would
 * throw". Each case makes one mistake through the sync API and the same mistake through its async twin, on rows
 * alike, and compares what they fail with: the same type and the same message, the async failure unwrapped from
 * the {@link CompletionException} of {@code join()}. A call whose async twin returns no future (a relation's
 * {@code query}, {@code set}, a query's {@code with}) must throw the same on the caller. All cases are compared
 * before the test fails, so that one run names every difference.
 */
class AsyncErrorParityTest {

    /** One mistake, made through each front door. */
    private record Case(String name, ThrowingCallable sync, Supplier<?> async) {
    }

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, org.activerecord4j.models.User.class, org.activerecord4j.models.Post.class,
                org.activerecord4j.models.Comment.class, org.activerecord4j.models.Profile.class,
                org.activerecord4j.models.Order.class, org.activerecord4j.models.LineItem.class,
                org.activerecord4j.models.Student.class, org.activerecord4j.models.Course.class,
                org.activerecord4j.models.Enrollment.class, org.activerecord4j.models.Account.class,
                org.activerecord4j.models.Desk.class, org.activerecord4j.models.Lamp.class,
                org.activerecord4j.models.Chair.class, org.activerecord4j.models.Mat.class,
                org.activerecord4j.models.Tray.class, org.activerecord4j.models.Clip.class);
    }

    @DatabaseTest
    void everyMistake_failsTheAsyncCallAsTheSyncCall() {
        List<Case> cases = new ArrayList<>();
        // A relation's owner is null.
        cases.add(new Case("HasMany.of(null)", () -> org.activerecord4j.models.User.posts.of(null), () -> User.posts.of(null)));
        cases.add(new Case("BelongsTo.of(null)", () -> org.activerecord4j.models.Comment.author.of(null),
                () -> Comment.author.of(null)));
        cases.add(new Case("HasOne.of(null)", () -> org.activerecord4j.models.User.profile.of(null),
                () -> User.profile.of(null)));
        cases.add(new Case("HasManyThrough.of(null)", () -> org.activerecord4j.models.Student.courses.of(null),
                () -> Student.courses.of(null)));
        cases.add(new Case("HasMany.add(null, child)",
                () -> org.activerecord4j.models.User.posts.add(null, new org.activerecord4j.models.Post("x")),
                () -> User.posts.add(null, new Post("x"))));
        cases.add(new Case("HasMany.remove(null, child)",
                () -> org.activerecord4j.models.User.posts.remove(null, new org.activerecord4j.models.Post("x")),
                () -> User.posts.remove(null, new Post("x"))));
        cases.add(new Case("HasOne.set(null, target)",
                () -> org.activerecord4j.models.User.profile.set(null, new org.activerecord4j.models.Profile()),
                () -> User.profile.set(null, new Profile())));
        cases.add(new Case("HasManyThrough.add(null, target)",
                () -> org.activerecord4j.models.Student.courses.add(null, new org.activerecord4j.models.Course()),
                () -> Student.courses.add(null, new Course())));
        cases.add(new Case("HasMany.query(null)", () -> org.activerecord4j.models.User.posts.query(null),
                () -> User.posts.query(null)));
        cases.add(new Case("BelongsTo.set(null, parent)",
                () -> org.activerecord4j.models.Comment.author.set(null, new org.activerecord4j.models.User("Ann", 31)),
                () -> {
                    Comment.author.set(null, new User("Ann", 31));
                    return null;
                }));
        // A relation of another model.
        cases.add(new Case("BelongsTo.of(record of another model)",
                () -> org.activerecord4j.models.Comment.author.of(syncPost()), () -> Comment.author.of(asyncPost())));
        cases.add(new Case("HasMany.add of the wrong child model", () -> {
            @SuppressWarnings({"unchecked", "rawtypes"})
            HasMany<org.activerecord4j.models.Post> raw = (HasMany) org.activerecord4j.models.User.comments;
            raw.add(syncUser(), new org.activerecord4j.models.Post("x"));
        }, () -> {
            @SuppressWarnings({"unchecked", "rawtypes"})
            AsyncHasMany<Post> raw = (AsyncHasMany) User.comments;
            return raw.add(asyncUser(), new Post("x"));
        }));
        // Finders and terminals.
        cases.add(new Case("findOneOrThrow(missing)", () -> org.activerecord4j.models.User.findOneOrThrow(-1L),
                () -> User.findOneOrThrow(-1L)));
        cases.add(new Case("findOne(key of the wrong type)", () -> org.activerecord4j.models.User.findOne("one"),
                () -> User.findOne("one")));
        cases.add(new Case("whereEq(unknown column).all()",
                () -> org.activerecord4j.models.User.query().whereEq("nope", 1).all(),
                () -> User.query().whereEq("nope", 1).all()));
        cases.add(new Case("with(unknown relation)", () -> org.activerecord4j.models.User.query().with("postz"),
                () -> User.query().with("postz")));
        cases.add(new Case("with(unknown relation).all()", () -> org.activerecord4j.models.User.query().with("postz").all(),
                () -> User.query().with("postz").all()));
        cases.add(new Case("stream(0)", () -> org.activerecord4j.models.User.query().stream(0),
                () -> User.query().stream(0)));
        cases.add(new Case("raw fragment with a second statement",
                () -> org.activerecord4j.models.User.query().where("1 = 1; DELETE FROM users").all(),
                () -> User.query().where("1 = 1; DELETE FROM users").all()));
        cases.add(new Case("strict lazy load", () -> {
            syncUser();
            syncUser();
            org.activerecord4j.models.User.query().strict().all().get(0).posts();
        }, () -> {
            asyncUser();
            asyncUser();
            return User.query().strict().all().join().get(0).posts();
        }));
        // Writes.
        cases.add(new Case("save of a value too long", () -> new org.activerecord4j.models.Account("ABCDEFGHIJKLMNOP",
                BigDecimal.ONE).save(), () -> new Account("ABCDEFGHIJKLMNOP", BigDecimal.ONE).save()));
        cases.add(new Case("save of a decimal too precise", () -> new org.activerecord4j.models.Account("A",
                new BigDecimal("1.234")).save(), () -> new Account("A", new BigDecimal("1.234")).save()));
        cases.add(new Case("delete of a new record", () -> new org.activerecord4j.models.User("Bob", 40).delete(),
                () -> new User("Bob", 40).delete()));
        cases.add(new Case("reload of a new record", () -> new org.activerecord4j.models.User("Bob", 40).reload(),
                () -> new User("Bob", 40).reload()));
        cases.add(new Case("delete twice", () -> {
            org.activerecord4j.models.User user = syncUser();
            user.delete();
            user.delete();
        }, () -> asyncUser().delete().thenCompose(User::delete)));
        cases.add(new Case("update of a row deleted meanwhile", () -> {
            org.activerecord4j.models.User user = syncUser();
            org.activerecord4j.models.User.findOneOrThrow(user.id).delete();
            user.name = "Changed";
            user.save();
        }, () -> {
            User user = asyncUser();
            User.findOneOrThrow(user.id).thenCompose(User::delete).join();
            user.name = "Changed";
            return user.save();
        }));
        cases.add(new Case("delete under dependent RESTRICT", () -> {
            org.activerecord4j.models.User user = syncUser();
            org.activerecord4j.models.Order order = new org.activerecord4j.models.Order();
            order.userId = user.id;
            order.save();
            user.delete();
        }, () -> {
            User user = asyncUser();
            Order order = new Order();
            order.userId = user.id;
            order.save().join();
            return user.delete();
        }));
        cases.add(new Case("BelongsTo.set(null) into a primitive key", () -> {
            org.activerecord4j.models.LineItem item = new org.activerecord4j.models.LineItem();
            org.activerecord4j.models.LineItem.order.set(item, null);
        }, () -> {
            LineItem.order.set(new LineItem(), null);
            return null;
        }));
        cases.add(new Case("HasOne.set replacing a target whose key cannot be null", () -> {
            org.activerecord4j.models.Desk desk = new org.activerecord4j.models.Desk();
            desk.save();
            org.activerecord4j.models.Mat mat = new org.activerecord4j.models.Mat();
            org.activerecord4j.models.Desk.mat.set(desk, mat);
            org.activerecord4j.models.Desk.mat.set(desk, null);
        }, () -> {
            Desk desk = new Desk();
            desk.save().join();
            return Desk.mat.set(desk, new Mat()).thenCompose(done -> Desk.mat.set(desk, null));
        }));
        cases.add(new Case("saveAll(null)", () -> ActiveRecord.saveAll(null), () -> AsyncActiveRecord.saveAll(null)));
        cases.add(new Case("saveAll with a null record",
                () -> ActiveRecord.saveAll(Arrays.asList(new org.activerecord4j.models.User("Ann", 31), null)),
                () -> AsyncActiveRecord.saveAll(Arrays.asList(new User("Ann", 31), null))));
        // Transactions.
        cases.add(new Case("transaction body throws", () -> ActiveRecord.transaction(() -> {
            throw new IllegalStateException("body failed");
        }), () -> AsyncActiveRecord.transaction(() -> {
            throw new IllegalStateException("body failed");
        })));

        SoftAssertions softly = new SoftAssertions();
        for (Case mistake : cases) {
            Throwable expected = catchThrowable(mistake.sync());
            Throwable actual = asyncFailure(mistake.async());
            softly.assertThat(expected).as(mistake.name() + ": the sync call fails").isNotNull();
            if (expected == null) {
                continue;
            }
            softly.assertThat(actual).as(mistake.name() + ": the async call fails").isNotNull();
            if (actual == null) {
                continue;
            }
            softly.assertThat(actual.getClass()).as(mistake.name() + ": type").isEqualTo(expected.getClass());
            softly.assertThat(normalized(actual.getMessage())).as(mistake.name() + ": message")
                    .isEqualTo(normalized(expected.getMessage()));
        }
        softly.assertAll();
    }

    @DatabaseTest
    void callOnAClosedDatabase_failsAsTheSyncCall(Database database) {
        Database pool = TestPools.builderLike(database).build();
        pool.close();

        Throwable expected = catchThrowable(() -> pool.use(() -> org.activerecord4j.models.User.query().count()));
        Throwable actual = asyncFailure(() -> pool.use(() -> User.query().count()));

        assertThat(actual).isExactlyInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
    }

    /** The async call's failure: what its future fails with (unwrapped), or what it threw on the caller. */
    private static Throwable asyncFailure(Supplier<?> call) {
        Object returned;
        try {
            returned = call.get();
        } catch (Throwable thrown) {
            return thrown;
        }
        if (!(returned instanceof CompletableFuture<?> future)) {
            return null;
        }
        try {
            future.get(30, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException failure) {
            return failure.getCause();
        } catch (Exception other) {
            return other;
        }
    }

    /**
     * The message with what differs between two calls of one mistake taken out: the connection MariaDB names, the
     * twin models' package, and the keys of the rows each made.
     */
    private static String normalized(String message) {
        return message == null ? null : message.replaceAll("\\(conn=\\d+\\) ", "").replace("models.async.", "models.")
                .replaceAll("id=\\d+", "id=N");
    }

    private static org.activerecord4j.models.User syncUser() {
        org.activerecord4j.models.User user = new org.activerecord4j.models.User("Ann", 31);
        user.save();
        return user;
    }

    private static User asyncUser() {
        return new User("Ann", 31).save().join();
    }

    private static org.activerecord4j.models.Post syncPost() {
        org.activerecord4j.models.Post post = new org.activerecord4j.models.Post("Hello");
        post.save();
        return post;
    }

    private static Post asyncPost() {
        return new Post("Hello").save().join();
    }
}
