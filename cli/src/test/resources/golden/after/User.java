// A header comment the generator must keep.
package com.example.shop;

import java.util.List;   // lists
import org.activerecord4j.Table;
import org.activerecord4j.relation.HasMany;
import org.activerecord4j.relation.HasOne;

/**
 * A user, written by hand: two-space indentation, comments everywhere.
 */
@Table("users")
public class User extends UserRecord {

  // the key
  public Long id;
  public String name;   // display name

  /* relations */
  public static final HasOne<Profile> profile = hasOne(
      foreignKey("user_id"),
      inverseOf("user"));
  public static final HasMany<Order> orders = hasMany(foreignKey("user_id"), inverseOf("user"));

  /** @return the profile */
  public Profile profile() { return profile.of(this); }

  @Override
  public String toString() {
    return name;   // keep it short
  }
}
