package org.activerecord4j.bench.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A user, mapped for Hibernate on the same table as the activerecord4j model. Not thread-safe. */
@Entity(name = "User")
@Table(name = "users")
public class UserEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String name;
    String email;
    int age;

    @OneToMany(mappedBy = "user")
    @OrderBy("id")
    List<PostEntity> posts = new ArrayList<>();

    /** For Hibernate. */
    protected UserEntity() {
    }
}
