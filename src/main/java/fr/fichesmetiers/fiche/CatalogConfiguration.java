package fr.fichesmetiers.fiche;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Catalog storage, its schema migrations, the reference lists and the SMIC table, shared by every job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmicSettings.class)
class CatalogConfiguration {

    /** Boot's Flyway runs it between the SQL migrations of {@code db/migration}, by its version. */
    @Bean
    BatchSchemaMigration batchSchemaMigration() {
        return new BatchSchemaMigration();
    }

    @Bean
    ReferenceCodes referenceCodes() {
        return ReferenceCodes.bundled();
    }

    @Bean
    RomeFapCrosswalk romeFapCrosswalk(ReferenceCodes referenceCodes) {
        return RomeFapCrosswalk.bundled(referenceCodes);
    }

    @Bean
    SmicTable smicTable(SmicSettings settings, Environment environment) {
        SmicSettings.refuseObsolete(environment);
        return settings.table();
    }

    @Bean
    CatalogRepository catalogRepository(JdbcTemplate jdbc) {
        return new CatalogRepository(jdbc);
    }

    @Bean
    FicheOverlayStore ficheOverlayStore(JdbcTemplate jdbc) {
        return new FicheOverlayStore(jdbc);
    }

    @Bean
    FicheRevisionStore ficheRevisionStore(JdbcTemplate jdbc) {
        return new FicheRevisionStore(jdbc);
    }

    @Bean
    CatalogPurge catalogPurge(JdbcTemplate jdbc, FicheRevisionStore ficheRevisionStore,
            PlatformTransactionManager transactionManager) {
        return new CatalogPurge(jdbc, ficheRevisionStore, transactionManager);
    }
}
