package fr.fichesmetiers.brochure;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.support.StepProgressListener;
import fr.fichesmetiers.support.WorkerThreads;

/**
 * The brochure job: render the selected profiles' brochures (in parallel, in chunks), then the guides' booklets.
 * Each brochure and booklet is written atomically and recorded, so a restart renders only what is missing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BrochureSettings.class)
class BrochureJobConfiguration {

    @Bean
    FontFamily fontFamily() {
        return FontFamily.bundled();
    }

    @Bean
    SelectionBooklet selectionBooklet(CatalogRepository catalog, ReferenceCodes codes, SmicTable smic,
            BrochureSettings settings, FontFamily fonts) {
        return new SelectionBooklet(catalog, codes, smic, settings, fonts);
    }

    @Bean
    RenderedDocuments renderedDocuments(JdbcTemplate jdbc) {
        return new RenderedDocuments(jdbc);
    }

    @Bean
    ThreadPoolTaskExecutor brochureTaskExecutor(BrochureSettings settings) {
        return WorkerThreads.fixed("brochure", settings.threads());
    }

    @Bean
    Job brochureJob(JobRepository jobRepository, Step brochureRenderStep, Step bookletRenderStep) {
        return new JobBuilder(BrochureKeys.JOB, jobRepository).start(brochureRenderStep).next(bookletRenderStep)
                .build();
    }

    @Bean
    Step brochureRenderStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            BrochureItemReader brochureReader, BrochureRenderItemProcessor brochureProcessor,
            BrochurePdfItemWriter brochureWriter, BrochureSettings settings,
            ThreadPoolTaskExecutor brochureTaskExecutor, StepProgressListener progress) {
        ChunkOrientedStepBuilder<BrochureItem, RenderedBrochure> builder = new StepBuilder(BrochureKeys.RENDER_STEP,
                jobRepository).<BrochureItem, RenderedBrochure>chunk(settings.chunkSize())
                .transactionManager(transactionManager).reader(brochureReader).processor(brochureProcessor)
                .writer(brochureWriter).listener(brochureWriter).listener(progress);
        if (settings.threads() > 1) {
            builder.taskExecutor(brochureTaskExecutor);
        }
        return builder.build();
    }

    @Bean
    Step bookletRenderStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            BookletTasklet bookletTasklet) {
        return new StepBuilder(BrochureKeys.BOOKLET_STEP, jobRepository).tasklet(bookletTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    BrochureRun brochureRun(@Value("#{stepExecution.jobParameters}") JobParameters params, CatalogRepository catalog,
            ReferenceCodes codes, SmicTable smic, BrochureSettings settings) {
        return BrochureRun.prepare(params, catalog, codes, smic, settings);
    }

    @Bean
    @StepScope
    BrochureItemReader brochureReader(BrochureRun brochureRun, RenderedDocuments documents,
            CatalogRepository catalog, BrochureSettings settings) {
        BrochureRun run = brochureRun.unproxied();
        RenderedDocuments.Recorded recorded = run.all() ? null : documents.recorded();
        return new BrochureItemReader(run.selection(), run.output(), fiche -> !run.all()
                && recorded.upToDate(run.brochurePath(fiche), run.renderHash(fiche)),
                ids -> catalog.fiches(run.version().id(), ids), settings.chunkSize());
    }

    @Bean
    @StepScope
    BrochureRenderItemProcessor brochureProcessor(BrochureRun brochureRun, FontFamily fonts) {
        return new BrochureRenderItemProcessor(brochureRun, fonts);
    }

    @Bean
    @StepScope
    BrochurePdfItemWriter brochureWriter(RenderedDocuments documents) {
        return new BrochurePdfItemWriter(documents);
    }

    @Bean
    @StepScope
    BookletTasklet bookletTasklet(BrochureRun brochureRun, RenderedDocuments documents, FontFamily fonts,
            ThreadPoolTaskExecutor brochureTaskExecutor, CatalogRepository catalog) {
        BrochureRun run = brochureRun.unproxied();
        return new BookletTasklet(brochureRun, documents, fonts, brochureTaskExecutor.getThreadPoolExecutor(),
                ids -> catalog.fiches(run.version().id(), ids));
    }
}
