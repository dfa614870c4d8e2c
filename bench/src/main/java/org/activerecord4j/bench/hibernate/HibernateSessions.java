package org.activerecord4j.bench.hibernate;

import javax.sql.DataSource;
import org.activerecord4j.bench.db.BenchDatabase;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * Builds the Hibernate session factory of the benchmarks: the entities of this package over a given
 * pool (on PostgreSQL also {@link SequencedCommentEntity}), no second-level or query cache, no schema
 * generation, JDBC batching on, and optionally statistics (to count statements; off while measuring).
 */
final class HibernateSessions {

    private HibernateSessions() {
    }

    static SessionFactory open(BenchDatabase database, DataSource dataSource, boolean statistics) {
        StandardServiceRegistryBuilder registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .applySetting(AvailableSettings.USE_SECOND_LEVEL_CACHE, "false")
                .applySetting(AvailableSettings.USE_QUERY_CACHE, "false")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, "1000")
                .applySetting(AvailableSettings.ORDER_INSERTS, "true")
                .applySetting(AvailableSettings.GENERATE_STATISTICS, Boolean.toString(statistics))
                .applySetting(AvailableSettings.SHOW_SQL, "false")
                .applySetting(AvailableSettings.ALLOW_METADATA_ON_BOOT, "true");
        if (database == BenchDatabase.SQLITE) {
            registry.applySetting(AvailableSettings.DIALECT, "org.hibernate.community.dialect.SQLiteDialect");
        }
        StandardServiceRegistry built = registry.build();
        MetadataSources sources = new MetadataSources(built)
                .addAnnotatedClasses(UserEntity.class, PostEntity.class, CommentEntity.class, StudentEntity.class,
                        CourseEntity.class, ReadingEntity.class);
        if (usesPooledSequence(database)) {
            sources.addAnnotatedClass(SequencedCommentEntity.class);
        }
        return sources.buildMetadata().buildSessionFactory();
    }

    /**
     * Returns whether S6 inserts {@link SequencedCommentEntity} (keys from a pooled sequence, inserts batched)
     * rather than {@link CommentEntity} ({@code IDENTITY} keys, one insert at a time): on PostgreSQL only. The
     * tables' keys are auto-increment columns on all three databases; MariaDB has sequences too, but its
     * {@code comments} table, like SQLite's, gets its keys from {@code AUTO_INCREMENT}, which Hibernate maps as
     * {@code IDENTITY}.
     *
     * @param database the database
     * @return true on PostgreSQL
     */
    static boolean usesPooledSequence(BenchDatabase database) {
        return database == BenchDatabase.POSTGRESQL;
    }
}
