package org.activerecord4j.readme;

// tag::model[]
import org.activerecord4j.Table;

@Table("users")
public class User extends UserRecord {      // UserRecord is generated from this class at compile time
    public Long id;
    public String name;
    public Integer age;
}
// end::model[]
