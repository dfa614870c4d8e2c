package org.activerecord4j.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.activerecord4j.Database;
import org.activerecord4j.StatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the README's quickstart and checks the README shows exactly this code. */
class ReadmeTest {

    private static final Path SOURCES = Path.of("src/test/java/org/activerecord4j/readme");
    private static final Path README = Path.of("../README.md");

    @TempDir
    Path directory;

    @AfterEach
    void closeDefault() {
        Database opened = Database.getDefault();
        Database.setDefault(null);
        opened.close();
    }

    @Test
    void quickstart_runs() {
        String file = directory.resolve("app.db").toString();
        // tag::quickstart[]
        Database.setDefault(Database.sqlite(file));          // an SQLite file; nothing to install
        Database.getDefault().createTables(User.class);       // for the demo; real schemas use migrations

        User ann = new User();
        ann.name = "Ann";
        ann.age = 31;
        ann.save();                                           // INSERT, fills ann.id

        List<User> adults = User.query()
                .where(User.c.age.ge(18).and(User.c.name.startsWith("A")))
                .orderBy(User.c.name.asc())
                .all();
        User found = User.findOne(ann.id);                    // null when absent

        found.age = 32;
        found.save();                                         // UPDATE "users" SET "age" = ? WHERE "id" = ?
        // end::quickstart[]

        assertThat(adults).extracting(user -> user.name).containsExactly("Ann");
        assertThat(User.findOneOrThrow(ann.id).age).isEqualTo(32);
    }

    @Test
    void eagerLoading_runs() {
        Database db = Database.sqlite(directory.resolve("blog.db").toString());
        Database.setDefault(db);
        db.createTables(Author.class, Article.class, Review.class);
        seed();
        List<String> printed = new ArrayList<>();
        // tag::eager[]
        List<Author> authors = Author.query()
                .with("articles.reviews", q -> q.where(Review.c.stars.ge(4)))   // only the good reviews
                .all();                                   // 3 statements: authors, their articles, those reviews
        for (Author author : authors) {
            for (Article article : author.articles()) {   // no query: loaded, and article.author() is author
                printed.add(article.title + ": " + article.reviews().size());
            }
        }
        int statements = StatementCounter.count(db, () -> Author.query().with("articles").all());   // 2
        // end::eager[]

        assertThat(printed).containsExactly("Intro: 1", "Sequel: 0");
        assertThat(statements).isEqualTo(2);
    }

    @Test
    void reliability_runs() {
        String file = directory.resolve("shop.db").toString();
        // tag::reliability[]
        Database db = Database.builder("jdbc:sqlite:" + file)
                .statementTimeout(Duration.ofSeconds(5))      // every wait has a limit: see the defaults below
                .build();
        Database.setDefault(db);
        db.createTables(User.class);

        User ann = new User();
        ann.name = "Ann";
        try {
            db.transaction(() -> {
                ann.save();                                   // INSERT, fills ann.id inside the transaction
                throw new IllegalStateException("payment declined");
            });
        } catch (IllegalStateException declined) {
            // rolled back, and so is ann: ann.isNewRecord() is true again and ann.id is null
        }
        ann.save();                                           // a new row, with a key of its own

        long named = User.query().stream().filter(user -> user.name != null).count();   // gives its connection back
        // end::reliability[]

        assertThat(ann.id).isNotNull();
        assertThat(named).isEqualTo(1);
        assertThat(User.query().count()).isEqualTo(1);
    }

    private static void seed() {
        Author ann = new Author();
        ann.name = "Ann";
        ann.save();
        for (String title : List.of("Intro", "Sequel")) {
            Article article = new Article();
            article.title = title;
            Author.articles.add(ann, article);
            Review review = new Review();
            review.stars = title.equals("Intro") ? 5 : 2;
            Article.reviews.add(article, review);
        }
    }

    @Test
    void readme_showsTheTestedCodeVerbatim() throws IOException {
        Database.setDefault(Database.sqlite(directory.resolve("unused.db").toString()));
        String readme = Files.readString(README);

        assertThat(readme).contains(Readme.region(SOURCES.resolve("User.java"), "model"));
        assertThat(readme).contains(Readme.region(SOURCES.resolve("ReadmeTest.java"), "quickstart"));
        assertThat(readme).contains(Readme.region(SOURCES.resolve("ReadmeTest.java"), "eager"));
        assertThat(readme).contains(Readme.region(SOURCES.resolve("ReadmeTest.java"), "reliability"));
    }
}
