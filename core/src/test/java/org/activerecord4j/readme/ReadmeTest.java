package org.activerecord4j.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import org.activerecord4j.AsyncActiveRecord;
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
        found.save();                                         // UPDATE `users` SET `age` = ? WHERE `id` = ?
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

    @Test
    void asyncReads_run() {
        Database db = Database.sqlite(directory.resolve("shop.db").toString());
        Database.setDefault(db);
        db.createTables(Customer.class, Purchase.class, Payment.class);
        long annId = seedShop();
        StatementCounter counter = StatementCounter.start(db);
        // tag::asyncReads[]
        CompletableFuture<List<Purchase>> annsPurchases = AsyncActiveRecord.findOneOrThrow(Customer.class, annId)
                .thenCompose(ann -> ann.purchases());        // SELECT … WHERE customer_id = ?, cached on ann

        CompletableFuture<Integer> firstPayments = AsyncActiveRecord.query(Customer.class)
                .whereEq("name", "Ann")
                .with("purchases.payments")                  // 3 statements in all, as in sync
                .all()
                .thenCompose(customers -> customers.get(0).purchases())   // loaded: completes at once
                .thenCompose(purchases -> purchases.get(0).payments())    // loaded too
                .thenApply(List::size);
        // end::asyncReads[]

        assertThat(annsPurchases.join()).extracting(purchase -> purchase.item).containsExactly("Desk", "Chair");
        assertThat(firstPayments.join()).isEqualTo(2);
        assertThat(counter.count()).isEqualTo(2 + 3);   // findOneOrThrow and purchases(); three for the eager query
        counter.close();
    }

    @Test
    void asyncTransaction_runs() {
        Database db = Database.sqlite(directory.resolve("shop.db").toString());
        Database.setDefault(db);
        db.createTables(Customer.class, Purchase.class, Payment.class);
        // tag::asyncTransaction[]
        Customer bob = new Customer();
        bob.name = "Bob";
        Purchase lamp = new Purchase();
        lamp.item = "Lamp";
        Payment deposit = new Payment();
        deposit.cents = 1_500;

        CompletableFuture<Customer> saved = AsyncActiveRecord.transaction(() -> bob.save()   // INSERT the customer
                .thenCompose(customer -> Customer.purchases.add(customer, lamp))          // INSERT, lamp.customerId set
                .thenCompose(added -> Purchase.payments.add(lamp, deposit))               // INSERT, deposit.purchaseId set
                .thenApply(added -> bob));   // commits when this stage completes; any failure rolls all three back
        // end::asyncTransaction[]

        assertThat(saved.join()).isSameAs(bob);
        assertThat(deposit.purchaseId).isEqualTo(lamp.id);
        assertThat(AsyncActiveRecord.query(Payment.class).whereEq("purchaseId", lamp.id).count().join()).isEqualTo(1L);
        assertThat(AsyncActiveRecord.query(Customer.class).count().join()).isEqualTo(1L);
    }

    @Test
    void asyncStream_runs() {
        Database db = Database.sqlite(directory.resolve("shop.db").toString());
        Database.setDefault(db);
        db.createTables(Customer.class, Purchase.class, Payment.class);
        seedShop();
        long expected = AsyncActiveRecord.query(Payment.class).all().join().stream().mapToLong(payment -> payment.cents).sum();
        // tag::asyncStream[]
        CompletableFuture<Long> total = new CompletableFuture<>();
        AsyncActiveRecord.query(Payment.class).stream().subscribe(new Flow.Subscriber<Payment>() {
            private Flow.Subscription subscription;
            private long cents;
            private int received;

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                this.subscription = subscription;
                subscription.request(100);                   // reads no more rows than requested
            }

            @Override
            public void onNext(Payment payment) {
                cents += payment.cents;
                if (++received % 100 == 0) {
                    subscription.request(100);
                }
            }

            @Override
            public void onError(Throwable failure) {
                total.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {                       // the connection is back in the pool by now
                total.complete(cents);
            }
        });
        // end::asyncStream[]

        assertThat(total.join()).isEqualTo(expected).isPositive();
    }

    /** Ann, with a desk paid in two payments and a chair paid in 250; returns Ann's key. */
    private static long seedShop() {
        Customer ann = new Customer();
        ann.name = "Ann";
        ann.save().join();
        Purchase desk = new Purchase();
        desk.item = "Desk";
        Purchase chair = new Purchase();
        chair.item = "Chair";
        Customer.purchases.add(ann, desk).thenCompose(added -> Customer.purchases.add(ann, chair)).join();
        List<Payment> payments = new ArrayList<>();
        for (int i = 0; i < 252; i++) {
            Payment payment = new Payment();
            payment.purchaseId = i < 2 ? desk.id : chair.id;
            payment.cents = 100 + i;
            payments.add(payment);
        }
        AsyncActiveRecord.saveAll(payments).join();
        return ann.id;
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
        assertThat(readme).contains(Readme.region(SOURCES.resolve("Customer.java"), "asyncModel"));
        assertThat(readme).contains(Readme.region(SOURCES.resolve("ReadmeTest.java"), "asyncReads"));
        assertThat(readme).contains(Readme.region(SOURCES.resolve("ReadmeTest.java"), "asyncTransaction"));
        assertThat(readme).contains(Readme.region(SOURCES.resolve("ReadmeTest.java"), "asyncStream"));
    }
}
