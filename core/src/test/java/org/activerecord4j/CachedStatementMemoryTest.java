package org.activerecord4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import org.activerecord4j.models.Comment;
import org.activerecord4j.models.Post;
import org.activerecord4j.models.User;
import org.activerecord4j.testing.DatabaseTest;
import org.activerecord4j.testing.TestSchema;
import org.junit.jupiter.api.BeforeEach;

/**
 * A prepared statement the statement cache keeps for the next run does not keep the rows of its last result
 * alive: MariaDB's driver holds a statement's last result, closed or not, until the statement runs again, so a
 * cache of open statements would hold every cached query's last rows (here 20 MB) for as long as it lives.
 */
class CachedStatementMemoryTest {

    private static final int ROWS = 2_000;
    private static final int ROW_CHARS = 10_000;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    @BeforeEach
    void schema(Database database) {
        TestSchema.recreate(database, User.class, Post.class, Comment.class);
        User author = new User("author", 30);
        author.save();
        Post post = new Post("post");
        post.userId = author.id;
        post.save();
        String text = "x".repeat(ROW_CHARS);
        List<Comment> comments = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            Comment comment = new Comment(text + i);
            comment.postId = post.id;
            comments.add(comment);
        }
        ActiveRecord.saveAll(comments);
    }

    @DatabaseTest
    void aQueryWhoseStatementIsCached_leavesNoRowsBehindOnceItsRecordsAreGone() {
        long before = liveHeapBytes();

        assertThat(readAllComments()).isEqualTo(ROWS);
        long retained = liveHeapBytes() - before;

        assertThat(retained).as("bytes still reachable after the query's %s rows of %s characters were dropped", ROWS,
                ROW_CHARS).isLessThan((long) ROWS * ROW_CHARS / 4);
    }

    /** Reads every comment twice (the second run takes the cached statement) and drops them. */
    private static int readAllComments() {
        Comment.query().all();
        return Comment.query().all().size();
    }

    private static long liveHeapBytes() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
