package org.activerecord4j.models;

import org.activerecord4j.Table;

/** A user: the model most behavioural tests use. */
@Table("users")
public class User extends UserRecord {
    public Long id;
    public String name;
    public String email;
    public Integer age;

    /** For loading. */
    public User() {
    }

    /**
     * Creates an unsaved user.
     *
     * @param name the name
     * @param age the age
     */
    public User(String name, Integer age) {
        this.name = name;
        this.age = age;
    }
}
