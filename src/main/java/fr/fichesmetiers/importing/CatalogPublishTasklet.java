package fr.fichesmetiers.importing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import fr.fichesmetiers.support.Messages;

/**
 * The import's publish step (only the emptying of the staging comes after it): checks the guards and publishes the
 * staged rows as the next catalog version, in the step's single transaction. A refusal or a crash anywhere before
 * the commit leaves the catalog as it was.
 */
class CatalogPublishTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(CatalogPublishTasklet.class);
    private final CatalogPublisher publisher;
    private final JobRepository jobRepository;
    private final ImportSettings settings;

    CatalogPublishTasklet(CatalogPublisher publisher, JobRepository jobRepository, ImportSettings settings) {
        this.publisher = publisher;
        this.jobRepository = jobRepository;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        JobExecution jobExecution = step.getJobExecution();
        JobParameters params = step.getJobParameters();
        ExecutionContext job = jobExecution.getExecutionContext();
        Messages messages = Messages.forLanguage(params.getString(ImportKeys.LANG, "fr"));
        int rowsRead = rowsRead(jobExecution, ImportKeys.FICHE_STEP, "fiches.rows");
        int faqRows = rowsRead(jobExecution, ImportKeys.FAQ_STEP, "faq.rows");
        Map<String, Object> source = new HashMap<>();
        job.entrySet().forEach(e -> source.put(e.getKey(), e.getValue()));
        String maxRejects = params.getString(ImportKeys.MAX_REJECTS, "");
        var request = new CatalogPublisher.Request(jobExecution.getJobInstance().getInstanceId(),
                Path.of(job.getString(ImportKeys.FICHES_PATH)).getFileName().toString(), source,
                rowsRead, faqRows,
                RejectLimit.parse(maxRejects.isBlank() ? settings.maxRejects() : maxRejects),
                settings.maxRetiredPercent(), ImportRequest.of(params).force(),
                ImportRequest.of(params).dryRun(), jobExecution.getId(), ImportRequest.of(params).update());
        job.putInt(ImportKeys.ROWS_READ, rowsRead + faqRows);
        job.putString(ImportKeys.ROME_VERSIONS, publisher.romeVersions(request.instance()));
        CatalogPublisher.Outcome outcome;
        try {
            outcome = publisher.publish(request, messages);
        }
        catch (ImportRefusedException e) {
            job.putString(ImportKeys.REFUSAL_RULE, e.rule().name());
            job.putString(ImportKeys.REFUSAL_MESSAGE, e.getMessage());
            throw e;
        }
        if (outcome.versionId() == null) {
            // What a validation would publish lives with its run only. A publication's outcome is its version's
            // row, committed with it; the job's context is saved in another transaction, so a crash between the
            // two would have lost it there.
            job.putInt(ImportKeys.ROWS_REJECTED, outcome.rowsRejected());
            job.putInt(ImportKeys.ADDED, outcome.changes().added());
            job.putInt(ImportKeys.CHANGED, outcome.changes().changed());
            job.putInt(ImportKeys.UNCHANGED, outcome.changes().unchanged());
            job.putInt(ImportKeys.KEPT, outcome.changes().kept());
            job.putInt(ImportKeys.RETIRED, outcome.changes().retired());
        }
        contribution.incrementWriteCount(outcome.changes().published());
        log.info("event=import.publish execution={} version={} rowsRead={} rowsRejected={} changes={}",
                jobExecution.getId(), outcome.versionId(), outcome.rowsRead(), outcome.rowsRejected(),
                outcome.changes());
        return RepeatStatus.FINISHED;
    }

    /** Rows a read step handed out, from its last execution (which may belong to an earlier, failed run). */
    private int rowsRead(JobExecution jobExecution, String stepName, String key) {
        StepExecution last = jobRepository.getLastStepExecution(jobExecution.getJobInstance(), stepName);
        return last == null ? 0 : last.getExecutionContext().getInt(key, 0);
    }
}
