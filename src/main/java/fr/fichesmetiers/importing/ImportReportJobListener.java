package fr.fichesmetiers.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.support.Messages;

/**
 * After every import, successful or not, writes the reject report (rejects, warnings and informations, each with
 * its level) and notes its path and the rejected-row
 * count in the job's context, where the command line and the run history read them. A refused import then gives
 * up its staging ({@link ImportStaging#discard}), and stays refused: restarted, it is refused again at once.
 */
class ImportReportJobListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ImportReportJobListener.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final ImportStaging staging;
    private final JobRepository jobRepository;
    private final Path reportDirectory;
    private final SmicTable smic;

    ImportReportJobListener(ImportStaging staging, JobRepository jobRepository, Path reportDirectory, SmicTable smic) {
        this.staging = staging;
        this.jobRepository = jobRepository;
        this.reportDirectory = reportDirectory;
        this.smic = smic;
    }

    /**
     * A restart carries the refused execution's context, which holds the refusal: its staging is gone, so running
     * its steps again would publish from nothing. It fails as it did instead, before any step.
     */
    @Override
    public void beforeJob(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        if (context.containsKey(ImportKeys.REFUSAL_RULE)) {
            throw new ImportRefusedException(RuleCode.valueOf(context.getString(ImportKeys.REFUSAL_RULE)),
                    context.getString(ImportKeys.REFUSAL_MESSAGE, ""));
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        long instance = execution.getJobInstance().getInstanceId();
        ExecutionContext context = execution.getExecutionContext();
        Messages messages = Messages.forLanguage(execution.getJobParameters().getString(ImportKeys.LANG, "fr"));
        // The report lists rejects, warnings and informations alike, each with its level.
        List<Violation> rejects = new ArrayList<>();
        String fiches = context.containsKey(ImportKeys.FICHES_PATH)
                ? Path.of(context.getString(ImportKeys.FICHES_PATH)).getFileName().toString() : null;
        SmicCheck.outdated(smic, ImportJobConfiguration.importDay(execution.getJobParameters()), fiches, messages)
                .ifPresent(rejects::add);
        rejects.addAll(staging.rejects(instance));
        context.putInt(ImportKeys.ROWS_REJECTED, staging.rejectedRows(instance));
        // Kept with the execution: its exceptions are not, and history, show-run and the run report need the rule.
        ImportRefusedException refusal = execution.getAllFailureExceptions().stream().map(ImportRefusedException::in)
                .filter(Objects::nonNull).findFirst().orElse(null);
        if (refusal != null) {
            context.putString(ImportKeys.REFUSAL_RULE, refusal.rule().name());
            context.putString(ImportKeys.REFUSAL_MESSAGE, refusal.getMessage());
        }
        if (!rejects.isEmpty()) {
            String wanted = execution.getJobParameters().getString(ImportKeys.REPORT_DIRECTORY, "");
            Path folder = wanted.isBlank() ? reportDirectory : Path.of(wanted);
            Path report = folder.resolve("import-" + STAMP.format(LocalDateTime.now()) + "-"
                    + execution.getId() + "-rejets.csv").toAbsolutePath().normalize();
            try {
                RejectReportWriter.write(report, rejects, messages);
                context.putString(ImportKeys.REPORT, report.toString());
                log.info("event=import.report execution={} path={} violations={}", execution.getId(), report,
                        rejects.size());
            }
            catch (IOException e) {
                log.error("event=import.report.failed execution={} path={}", execution.getId(), report, e);
            }
        }
        jobRepository.updateExecutionContext(execution);
        // Once the refusal is saved with the execution (a restart reads it there), never before.
        if (refusal != null) {
            staging.discard(instance);
        }
    }
}
