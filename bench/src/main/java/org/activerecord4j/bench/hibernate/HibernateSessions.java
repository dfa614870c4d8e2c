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
 * pool, no second-level or query cache, no schema generation, JDBC batching on, and optionally
 * statistics (to count statements; off while measuring).
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
        return new MetadataSources(built)
                .addAnnotatedClasses(UserEntity.class, PostEntity.class, CommentEntity.class, StudentEntity.class,
                        CourseEntity.class, ReadingEntity.class)
                .buildMetadata()
                .buildSessionFactory();
    }
}
