package org.activerecord4j.bench.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A comment, mapped for Hibernate; its post is lazy. Not thread-safe. */
@Entity(name = "Comment")
@Table(name = "comments")
public class CommentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "post_id")
    PostEntity post;

    /** The post's key, read without touching the lazy post. */
    @Column(name = "post_id", insertable = false, updatable = false)
    Long postId;

    String author;
    String body;

    /** For Hibernate. */
    protected CommentEntity() {
    }

    CommentEntity(PostEntity post, String author, String body) {
        this.post = post;
        this.author = author;
        this.body = body;
    }
}
