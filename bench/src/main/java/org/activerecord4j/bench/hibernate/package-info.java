/** The Hibernate ORM implementation of the scenarios: JPA entities on the same tables and best-practice fetching. */
package org.activerecord4j.bench.hibernate;
