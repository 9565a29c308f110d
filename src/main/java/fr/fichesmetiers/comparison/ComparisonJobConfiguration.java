package fr.fichesmetiers.comparison;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.fiche.SmicTable;

/** The comparison job: one step writing the workbook of the published catalog. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComparisonSettings.class)
class ComparisonJobConfiguration {

    @Bean
    Job comparisonJob(JobRepository jobRepository, Step comparisonWorkbookStep) {
        return new JobBuilder(ComparisonKeys.JOB, jobRepository).start(comparisonWorkbookStep).build();
    }

    @Bean
    Step comparisonWorkbookStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            CatalogRepository catalog, ReferenceCodes codes, ComparisonSettings settings, SmicTable smic) {
        return new StepBuilder(ComparisonKeys.STEP, jobRepository)
                .tasklet(new ComparisonWorkbookTasklet(catalog, codes, settings, smic), transactionManager).build();
    }
}
