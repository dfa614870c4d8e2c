package com.example.shop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.activerecord4j.AsyncActiveRecord;
import org.activerecord4j.Database;
import org.activerecord4j.StatementCounter;

/**
 * Uses the generated async models, through the accessors the processor wrote into the generated bases and
 * those the generator wrote into Profile and Role (which extend AsyncActiveRecord directly); EndToEndTest
 * compiles it with them and runs it on each database after the migrations.
 */
public class AsyncShopScenario implements Function<Database, List<String>> {

    @Override
    public List<String> apply(Database database) {
        return database.use(() -> run(database));
    }

    private static List<String> run(Database database) {
        List<String> report = new ArrayList<>();
        User ann = user("Ann");
        User bob = user("Bob");
        Order first = order(ann, "10.50");
        Order second = order(ann, "20.00");
        order(bob, "5.25");
        Profile profile = new Profile();
        profile.bio = "Writes reviews";
        profile.user(ann);
        profile.save().join();
        Review review = new Review();
        review.body = "Fast delivery";
        review.userId = ann.id;
        review.orderId = first.id;
        review.save().join();
        Role admin = role("admin");
        Role buyer = role("buyer");
        User.roles.add(ann, admin).join();
        User.roles.add(ann, buyer).join();
        User.roles.add(bob, buyer).join();

        User lazy = User.findOne(ann.id).join();
        List<Review> reviews = lazy.reviews().join();
        Profile loadedProfile = AsyncActiveRecord.findOneOrThrow(Profile.class, profile.id).join();
        report.add("lazy: orders " + totals(lazy.orders().join()) + ", profile " + lazy.profile().join().bio + ", reviews "
                + reviews.size() + " of order " + reviews.get(0).order().join().id.equals(first.id) + ", roles "
                + names(lazy.roles().join()) + ", user of order " + Order.findOne(second.id).join().user().join().name
                + ", user of profile " + loadedProfile.user().join().name + ", users of buyer "
                + buyer.users().join().stream().map(user -> user.name).toList());

        List<User> users = new ArrayList<>();
        int loading = StatementCounter.count(database, () -> users.addAll(User.query()
                .with("orders", "profile", "reviews", "roles").orderBy(User.c.id.asc()).all().join()));
        List<String> eager = new ArrayList<>();
        int reading = StatementCounter.count(database, () -> {
            for (User user : users) {
                Profile own = user.profile().join();
                eager.add(user.name + " " + totals(user.orders().join()) + " " + (own == null ? "-" : own.bio)
                        + " " + user.reviews().join().size() + " " + names(user.roles().join()));
            }
        });
        report.add("eager: " + eager + " in " + loading + " statements, then " + reading);

        report.add("unknown user: " + refused(() -> {
            Order orphan = new Order();
            orphan.userId = 999_999L;
            return orphan.save();
        }));
        report.add("role twice: " + refused(() -> {
            UserRole twice = new UserRole();
            twice.userId = ann.id;
            twice.roleId = admin.id;
            return twice.save();
        }));
        long before = UserRole.query().count().join();
        String rollback = refused(() -> database.transactionAsync(() -> User.roles.add(bob, admin)
                .thenApply(added -> {
                    throw new IllegalStateException("changed my mind");
                })));
        report.add("rolled back: " + rollback + ", join rows " + before + " then " + UserRole.query().count().join());
        return report;
    }

    private static User user(String name) {
        User user = new User();
        user.name = name;
        return user.save().join();
    }

    private static Order order(User user, String total) {
        Order order = new Order();
        order.userId = user.id;
        order.total = new BigDecimal(total);
        return order.save().join();
    }

    private static Role role(String name) {
        Role role = new Role();
        role.name = name;
        return role.save().join();
    }

    private static List<String> totals(List<Order> orders) {
        return orders.stream().map(order -> order.total.toPlainString()).toList();
    }

    private static List<String> names(List<Role> roles) {
        return roles.stream().map(role -> role.name).toList();
    }

    /** Joins the future the write returns; the write itself must not throw, as async calls report failures in their future. */
    private static String refused(Supplier<CompletableFuture<?>> write) {
        CompletableFuture<?> future = write.get();
        try {
            future.join();
            return "accepted";
        } catch (CompletionException e) {
            return "refused (" + e.getCause().getClass().getSimpleName() + ")";
        }
    }
}
