package org.activerecord4j.schema;

import org.activerecord4j.InvalidArgumentException;

/** Checks of the names a table description is made of. */
final class Names {

    private Names() {
    }

    static String require(String name, String role) {
        if (name == null || name.isBlank()) {
            throw new InvalidArgumentException("A " + role + " needs a non-blank name but was '" + name + "'");
        }
        return name;
    }
}
