package org.activerecord4j.bench.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.activerecord4j.bench.data.DataGenerator;

/**
 * A comment as S6 inserts it on PostgreSQL: keys from a pooled sequence, as Hibernate's documentation
 * recommends, so Hibernate knows each key before the insert and can batch the inserts (an {@code IDENTITY}
 * key, as {@link CommentEntity} has, turns JDBC batching off for inserts). With an allocation size of 50,
 * Hibernate's default pooled optimizer asks the sequence for a new block every 50 keys; the sequence
 * ({@link DataGenerator#COMMENT_SEQUENCE}, {@code INCREMENT BY 50}) is created with the data. Mapped on PostgreSQL
 * only. Not thread-safe.
 */
@Entity(name = "SequencedComment")
@Table(name = "comments")
public class SequencedCommentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comments_pooled")
    @SequenceGenerator(name = "comments_pooled", sequenceName = DataGenerator.COMMENT_SEQUENCE,
            allocationSize = DataGenerator.COMMENT_SEQUENCE_INCREMENT)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "post_id")
    PostEntity post;

    String author;
    String body;

    /** For Hibernate. */
    protected SequencedCommentEntity() {
    }

    SequencedCommentEntity(PostEntity post, String author, String body) {
        this.post = post;
        this.author = author;
        this.body = body;
    }
}
