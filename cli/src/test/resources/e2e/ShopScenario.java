package com.example.shop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.Database;
import org.activerecord4j.StatementCounter;

/** Uses the generated models; EndToEndTest compiles it with them and runs it on each database after the migrations. */
public class ShopScenario implements Function<Database, List<String>> {

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
        profile.userId = ann.id;
        profile.save();
        Review review = new Review();
        review.body = "Fast delivery";
        review.userId = ann.id;
        review.orderId = first.id;
        review.save();
        Role admin = role("admin");
        Role buyer = role("buyer");
        User.roles.add(ann, admin);
        User.roles.add(ann, buyer);
        User.roles.add(bob, buyer);

        User lazy = User.findOne(ann.id);
        report.add("lazy: orders " + totals(lazy.orders()) + ", profile " + lazy.profile().bio + ", reviews "
                + lazy.reviews().size() + " of order " + lazy.reviews().get(0).order().id.equals(first.id) + ", roles "
                + names(lazy.roles()) + ", user of order " + Order.findOne(second.id).user().name);

        List<User> users = new ArrayList<>();
        int loading = StatementCounter.count(database, () -> users.addAll(User.query()
                .with("orders", "profile", "reviews", "roles").orderBy(User.c.id.asc()).all()));
        List<String> eager = new ArrayList<>();
        int reading = StatementCounter.count(database, () -> {
            for (User user : users) {
                eager.add(user.name + " " + totals(user.orders()) + " " + (user.profile() == null ? "-" : user.profile().bio)
                        + " " + user.reviews().size() + " " + names(user.roles()));
            }
        });
        report.add("eager: " + eager + " in " + loading + " statements, then " + reading);

        report.add("unknown user: " + refused(() -> {
            Order orphan = new Order();
            orphan.userId = 999_999L;
            orphan.save();
        }));
        report.add("role twice: " + refused(() -> {
            UserRole twice = new UserRole();
            twice.userId = ann.id;
            twice.roleId = admin.id;
            twice.save();
        }));
        return report;
    }

    private static User user(String name) {
        User user = new User();
        user.name = name;
        user.save();
        return user;
    }

    private static Order order(User user, String total) {
        Order order = new Order();
        order.userId = user.id;
        order.total = new BigDecimal(total);
        order.save();
        return order;
    }

    private static Role role(String name) {
        Role role = new Role();
        role.name = name;
        role.save();
        return role;
    }

    private static List<String> totals(List<Order> orders) {
        return orders.stream().map(order -> order.total.toPlainString()).toList();
    }

    private static List<String> names(List<Role> roles) {
        return roles.stream().map(role -> role.name).toList();
    }

    private static String refused(Runnable write) {
        try {
            write.run();
            return "accepted";
        } catch (ActiveRecordException e) {
            return "refused (" + e.getClass().getSimpleName() + ")";
        }
    }
}
