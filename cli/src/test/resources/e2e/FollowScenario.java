package com.example.shop;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.activerecord4j.ActiveRecordException;
import org.activerecord4j.Database;
import org.activerecord4j.StatementCounter;

/** Uses the generated User with following and followers through Follow; SelfThroughEndToEndTest runs it. */
public class FollowScenario implements Function<Database, List<String>> {

    @Override
    public List<String> apply(Database database) {
        return database.use(() -> run(database));
    }

    private static List<String> run(Database database) {
        List<String> report = new ArrayList<>();
        User ann = user("Ann");
        User bob = user("Bob");
        User cy = user("Cy");
        User.following.add(ann, bob);
        User.following.add(ann, cy);
        User.following.add(bob, ann);
        User.followers.add(bob, cy);

        User lazy = User.findOne(bob.id);
        report.add("lazy: following " + names(lazy.following()) + ", followers " + names(lazy.followers()));

        List<User> users = new ArrayList<>();
        int loading = StatementCounter.count(database, () -> users.addAll(User.query()
                .with("following", "followers", "following.following").orderBy(User.c.id.asc()).all()));
        List<String> eager = new ArrayList<>();
        int reading = StatementCounter.count(database, () -> {
            for (User user : users) {
                List<String> second = user.following().stream().map(f -> f.name + names(f.following())).toList();
                eager.add(user.name + " " + names(user.following()) + " " + names(user.followers()) + " " + second);
            }
        });
        report.add("eager: " + eager + " in " + loading + " statements, then " + reading);

        report.add("follow twice: " + refused(() -> {
            Follow twice = new Follow();
            twice.followerId = ann.id;
            twice.followedId = bob.id;
            twice.save();
        }));
        report.add("unknown user: " + refused(() -> {
            Follow orphan = new Follow();
            orphan.followerId = ann.id;
            orphan.followedId = 999_999L;
            orphan.save();
        }));
        User.following.remove(ann, bob);
        report.add("removed: following " + names(User.findOne(ann.id).following()) + ", followers "
                + names(User.findOne(bob.id).followers()));
        return report;
    }

    private static User user(String name) {
        User user = new User();
        user.name = name;
        user.save();
        return user;
    }

    private static List<String> names(List<User> users) {
        return users.stream().map(user -> user.name).toList();
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
