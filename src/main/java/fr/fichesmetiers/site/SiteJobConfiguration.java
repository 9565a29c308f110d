package fr.fichesmetiers.site;

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

/** The site job: one step writing the site of the published catalog. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SiteSettings.class)
class SiteJobConfiguration {

    @Bean
    Job siteJob(JobRepository jobRepository, Step siteWriteStep) {
        return new JobBuilder(SiteKeys.JOB, jobRepository).start(siteWriteStep).build();
    }

    @Bean
    Step siteWriteStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            CatalogRepository catalog, ReferenceCodes codes, SiteSettings settings) {
        return new StepBuilder(SiteKeys.STEP, jobRepository)
                .tasklet(new SiteTasklet(catalog, codes, settings), transactionManager).build();
    }
}
