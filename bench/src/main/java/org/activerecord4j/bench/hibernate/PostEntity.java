package org.activerecord4j.bench.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A post, mapped for Hibernate; its author is lazy, as best practice has it. Not thread-safe. */
@Entity(name = "Post")
@Table(name = "posts")
public class PostEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    UserEntity user;

    /** The author's key, read without touching the lazy author. */
    @Column(name = "user_id", insertable = false, updatable = false)
    Long userId;

    String title;
    String body;

    @OneToMany(mappedBy = "post")
    @OrderBy("id")
    List<CommentEntity> comments = new ArrayList<>();

    /** For Hibernate. */
    protected PostEntity() {
    }
}
