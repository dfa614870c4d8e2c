/**
 * activerecord4j: an ActiveRecord ORM whose heart is relationships between models. The API is the packages
 * this module exports; {@code org.activerecord4j.internal} and below are its implementation.
 *
 * <p>On the module path, open the packages of your models to this module, which reads and writes their
 * fields: {@code opens com.example.model to org.activerecord4j;}.
 */
@SuppressWarnings("module")   // org.activerecord4j.testing, which depends on this module, is not built yet
module org.activerecord4j {
    requires transitive java.sql;
    requires com.zaxxer.hikari;
    requires org.slf4j;
    // The @Generated of the classes the processor writes; needed only to compile them (as this module's tests do).
    requires static java.compiler;

    exports org.activerecord4j;
    exports org.activerecord4j.query;
    exports org.activerecord4j.relation;
    exports org.activerecord4j.schema;
    // The testing module's TestDatabase runs the code under test's transactions in savepoints of the test's.
    exports org.activerecord4j.internal.jdbc to org.activerecord4j.testing;
}
