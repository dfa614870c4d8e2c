/**
 * JUnit 5 support for tests of applications built on activerecord4j: {@link org.activerecord4j.testing.TestDatabase}
 * gives a test class its own database with the schema created, runs each test in a transaction that is
 * rolled back at its end, and asserts how many statements a block runs.
 */
package org.activerecord4j.testing;
