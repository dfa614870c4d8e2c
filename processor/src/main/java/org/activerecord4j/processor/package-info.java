/**
 * The activerecord4j annotation processor. It runs inside javac and, for each model class, writes
 * the field proxy ({@code UserFields}, reached as {@code User.c}) and, for models that extend their
 * not-yet-written base ({@code class User extends UserRecord}, or {@code UserAsyncRecord} for the
 * async twin), that base class too, with its static entry points and an accessor per relation.
 *
 * <p>Only {@link org.activerecord4j.processor.ModelProcessor} is public; the rest is the processor's
 * private machinery. The processor does not depend on the core module: it names core types by their
 * fully qualified names ({@link org.activerecord4j.processor.CoreNames}).
 */
package org.activerecord4j.processor;
