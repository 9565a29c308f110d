package fr.fichesmetiers.importing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.fiche.FicheOverlayStore;
import fr.fichesmetiers.fiche.FicheRevisionStore;
import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.fiche.RomeFapCrosswalk;
import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.importing.onisep.OnisepIdStore;
import fr.fichesmetiers.importing.onisep.OnisepSettings;
import fr.fichesmetiers.support.Messages;
import fr.fichesmetiers.support.StepProgressListener;
import fr.fichesmetiers.support.WorkerThreads;

/**
 * The import job: inspect the files, stage the FAQ, validate and stage the profiles, link the FAQ, publish, empty
 * the staging. The steps before the publication write to the staging area and store the revisions they stage
 * (content-addressed: no version publishes them yet, so the catalog does not change); the publish step makes the
 * next version of them in one transaction. A refused import gives its staging and unpublished revisions up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ImportSettings.class, ReferenceSettings.class, OnisepSettings.class})
class ImportJobConfiguration {

    @Bean
    ImportStaging importStaging(JdbcTemplate jdbc, FicheRevisionStore revisions,
            PlatformTransactionManager transactionManager) {
        return new ImportStaging(jdbc, revisions, transactionManager);
    }

    @Bean
    TableInputs tableInputs(OnisepSettings onisep, JdbcTemplate jdbc) {
        return new TableInputs(onisep, new OnisepIdStore(jdbc));
    }

    @Bean
    FaqStaging faqStaging(JdbcTemplate jdbc) {
        return new FaqStaging(jdbc);
    }

    /** Validates and hashes rows on their own threads while the step's thread parses the next ones and writes. */
    @Bean
    ThreadPoolTaskExecutor importTaskExecutor(ImportSettings settings) {
        return WorkerThreads.fixed("import", settings.threads());
    }

    @Bean
    Job ficheImportJob(JobRepository jobRepository, Step importInspectStep, Step faqStageStep, Step ficheImportStep,
            Step faqLinkStep, Step catalogPublishStep, Step stagingCleanupStep, ImportStaging staging,
            ImportSettings settings, SmicTable smic) {
        return new JobBuilder(ImportKeys.JOB, jobRepository)
                .listener(new ImportReportJobListener(staging, jobRepository, Path.of(settings.reportDirectory()),
                        smic))
                .start(importInspectStep).next(faqStageStep).next(ficheImportStep).next(faqLinkStep)
                .next(catalogPublishStep).next(stagingCleanupStep).build();
    }

    @Bean
    Step importInspectStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            TableInputs tableInputs) {
        return new StepBuilder(ImportKeys.INSPECT_STEP, jobRepository)
                .tasklet(new ImportInspectTasklet(tableInputs), transactionManager).build();
    }

    @Bean
    Step faqStageStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            CsvItemReader<FaqColumn> faqReader, FaqValidationItemProcessor faqProcessor,
            FaqStagingItemWriter faqWriter, ImportSettings settings, StepProgressListener progress) {
        // FAQ rows are small: bigger chunks, fewer commits (commits dominated this step). Processed on the step's
        // thread: handing each short row to another thread cost more than checking it.
        return new StepBuilder(ImportKeys.FAQ_STEP, jobRepository).<CsvRow, FaqRow>chunk(settings.chunkSize() * 20)
                .transactionManager(transactionManager).reader(faqReader).processor(faqProcessor).writer(faqWriter)
                .listener(progress).build();
    }

    @Bean
    Step ficheImportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            CsvItemReader<FicheColumn> ficheReader, FicheValidationItemProcessor ficheProcessor,
            FicheStagingItemWriter ficheWriter, ImportSettings settings, ThreadPoolTaskExecutor importTaskExecutor,
            StepProgressListener progress) {
        return new StepBuilder(ImportKeys.FICHE_STEP, jobRepository)
                .<CsvRow, ValidatedRow>chunk(settings.chunkSize()).transactionManager(transactionManager)
                .reader(ficheReader).processor(ficheProcessor).writer(ficheWriter)
                .taskExecutor(importTaskExecutor).listener(progress).build();
    }

    @Bean
    Step faqLinkStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            FaqStaging faq, ImportStaging staging) {
        return new StepBuilder(ImportKeys.FAQ_LINK_STEP, jobRepository)
                .tasklet(new FaqLinkTasklet(faq, staging), transactionManager).build();
    }

    @Bean
    Step stagingCleanupStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ImportStaging staging) {
        return new StepBuilder(ImportKeys.CLEANUP_STEP, jobRepository)
                .tasklet(new StagingCleanupTasklet(staging), transactionManager).build();
    }

    @Bean
    Step catalogPublishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            JdbcTemplate jdbc, ImportStaging staging, ImportSettings settings) {
        var tasklet = new CatalogPublishTasklet(new CatalogPublisher(jdbc, staging), jobRepository, settings);
        return new StepBuilder(ImportKeys.PUBLISH_STEP, jobRepository).tasklet(tasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    CsvItemReader<FaqColumn> faqReader(TableInputs tableInputs, @Value("#{stepExecution}") StepExecution step) {
        ExecutionContext job = step.getJobExecution().getExecutionContext();
        Path file = job.containsKey(ImportKeys.FAQ_PATH) ? Path.of(job.getString(ImportKeys.FAQ_PATH)) : null;
        return new CsvItemReader<>("faq", file, file == null ? null : tableInputs.opener(job, "faq", null, messages(step)),
                FaqColumn.class, java.util.Set.of(), messages(step));
    }

    @Bean
    @StepScope
    FaqValidationItemProcessor faqProcessor(CsvItemReader<FaqColumn> faqReader, ImportSettings settings,
            @Value("#{stepExecution}") StepExecution step) {
        return new FaqValidationItemProcessor(faqReader, settings.maxTextLength(), messages(step));
    }

    @Bean
    @StepScope
    FaqStagingItemWriter faqWriter(FaqStaging faq, ImportStaging staging,
            @Value("#{stepExecution}") StepExecution step) {
        return new FaqStagingItemWriter(faq, staging, instance(step));
    }

    @Bean
    @StepScope
    CsvItemReader<FicheColumn> ficheReader(TableInputs tableInputs, SmicTable smic,
            @Value("#{stepExecution}") StepExecution step) {
        ExecutionContext job = step.getJobExecution().getExecutionContext();
        return new CsvItemReader<>("fiches", Path.of(job.getString(ImportKeys.FICHES_PATH)),
                tableInputs.opener(job, "fiches", smic.applicableOn(importDay(step.getJobParameters())), messages(step)), FicheColumn.class,
                ImportRequest.of(step.getJobParameters()).update() ? TableInputs.UPDATE_GAPS
                        : TableInputs.gaps(TableInputs.formatIn(job, "fiches"), FicheColumn.class),
                messages(step));
    }

    @Bean
    @StepScope
    FicheValidationItemProcessor ficheProcessor(CsvItemReader<FicheColumn> ficheReader, ReferenceCodes codes,
            RomeFapCrosswalk crosswalk, ImportSettings settings, ReferenceSettings reference, SmicTable smic,
            RowPreparation rowPreparation, @Value("#{stepExecution}") StepExecution step) {
        // The SMIC in force on the day the import was asked for: a restarted import checks salaries as it began to.
        LocalDate day = importDay(step.getJobParameters());
        return new FicheValidationItemProcessor(ficheReader, new FicheRules(codes, crosswalk, settings,
                reference.defaultVersion(), smic.applicableOn(day), day), messages(step), rowPreparation);
    }
    /** How rows are prepared before validation: as they are, over the published profiles, or under kept updates. */
    @Bean
    @StepScope
    RowPreparation rowPreparation(CatalogRepository catalog, FicheOverlayStore overlays,
            @Value("#{stepExecution}") StepExecution step) {
        ImportRequest request = ImportRequest.of(step.getJobParameters());
        RowPreparation.Mode mode = request.update() ? RowPreparation.Mode.UPDATE
                : request.keepUpdates() ? RowPreparation.Mode.KEEP_UPDATES : RowPreparation.Mode.PLAIN;
        return new RowPreparation(mode, catalog, overlays, messages(step));
    }

    /** The day an import was asked for (today for a run of release 0.1, which did not record it). */
    static LocalDate importDay(JobParameters params) {
        LocalDateTime requested = ImportRequest.of(params).requestedAt();
        return requested == null ? LocalDate.now() : requested.toLocalDate();
    }

    @Bean
    @StepScope
    FicheStagingItemWriter ficheWriter(ImportStaging staging, FaqStaging faq, FicheRevisionStore revisions,
            CsvItemReader<FicheColumn> ficheReader, RowPreparation rowPreparation, FicheOverlayStore overlays,
            CatalogRepository catalog, @Value("#{stepExecution}") StepExecution step) {
        Long published = catalog.currentVersion().map(v -> v.id()).orElse(null);
        return new FicheStagingItemWriter(staging, faq, revisions, ficheReader, messages(step), instance(step),
                rowPreparation, overlays, published);
    }

    private static Messages messages(StepExecution step) {
        return Messages.forLanguage(step.getJobParameters().getString(ImportKeys.LANG, "fr"));
    }

    private static long instance(StepExecution step) {
        return step.getJobExecution().getJobInstance().getInstanceId();
    }
}
