package fr.fichesmetiers.importing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.fiche.ChangeCounts;
import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.support.Failures;
import fr.fichesmetiers.support.Messages;

/**
 * Reads what an import execution did: what it published from the catalog version it committed, everything else
 * (files, refusal, what a validation would publish) from its context, and its rejects.
 */
@Component
public class ImportResults {

    private static final int SHOWN_REJECTS = 20;
    private final ImportStaging staging;
    private final CatalogRepository catalog;
    private final JobRepository jobRepository;
    private final SmicTable smic;

    ImportResults(ImportStaging staging, CatalogRepository catalog, JobRepository jobRepository, SmicTable smic) {
        this.staging = staging;
        this.catalog = catalog;
        this.jobRepository = jobRepository;
        this.smic = smic;
    }

    public ImportResult of(JobExecution execution) {
        ExecutionContext c = execution.getExecutionContext();
        List<Violation> reported = reported(execution);
        Map<RuleCode, Integer> counts = new EnumMap<>(RuleCode.class);
        reported.forEach(v -> counts.merge(v.rule(), 1, Integer::sum));
        List<Violation> rejects = reported.stream().filter(v -> v.rule().rejects()).toList();
        Map<String, Integer> missing = new LinkedHashMap<>();
        reported.stream().filter(v -> v.rule() == RuleCode.MISSING_VALUE)
                .forEach(v -> missing.merge(v.column(), 1, Integer::sum));
        String refusal = string(c, ImportKeys.REFUSAL_RULE);
        String refusalMessage = string(c, ImportKeys.REFUSAL_MESSAGE);
        String failure = null;
        for (Throwable t : Failures.of(execution)) {
            ImportRefusedException refused = ImportRefusedException.in(t);
            if (refused != null) {
                refusal = refused.rule().name();
                refusalMessage = refused.getMessage();
            }
            else if (failure == null) {
                failure = Failures.describe(t, messages(execution));
            }
        }
        if (refusal != null) {
            counts.merge(RuleCode.valueOf(refusal), 1, Integer::sum);
        }
        boolean dryRun = ImportRequest.of(execution.getJobParameters()).dryRun();
        // The publication may have committed in an earlier execution of this import (one that then crashed).
        CatalogVersion version = dryRun ? null : catalog.versionPublishedBy(jobRepository
                .getJobExecutions(execution.getJobInstance()).stream().map(JobExecution::getId).toList()).orElse(null);
        ChangeCounts changes = version != null ? version.changes()
                : new ChangeCounts(c.getInt(ImportKeys.ADDED, 0), c.getInt(ImportKeys.CHANGED, 0),
                        c.getInt(ImportKeys.UNCHANGED, 0), c.getInt(ImportKeys.KEPT, 0),
                        c.getInt(ImportKeys.RETIRED, 0));
        int rowsRead = version != null ? version.rowsRead() : c.getInt(ImportKeys.ROWS_READ, 0);
        int rowsRejected = version != null ? version.rowsRejected() : c.getInt(ImportKeys.ROWS_REJECTED, 0);
        return new ImportResult(execution.getStatus() == BatchStatus.COMPLETED, dryRun, version != null,
                version == null ? null : version.id(), fileName(string(c, ImportKeys.FICHES_PATH)), encoding(c),
                string(c, ImportKeys.FICHES_DELIMITER), fileName(string(c, ImportKeys.FAQ_PATH)),
                string(c, ImportKeys.FICHES_UNKNOWN_COLUMNS), rowsRead,
                rowsRejected, changes, refusal == null ? null : RuleCode.valueOf(refusal),
                refusalMessage, failure, counts, rejects.subList(0, Math.min(SHOWN_REJECTS, rejects.size())),
                rejects.size(), string(c, ImportKeys.REPORT), elapsed(execution), missing,
                romeVersions(string(c, ImportKeys.ROME_VERSIONS)),
                smic.applicableOn(ImportJobConfiguration.importDay(execution.getJobParameters())));
    }

    /**
     * Everything an import reported, by file and line: its rejects, the warnings and informations of the rows it
     * published, and first the warning of an outdated SMIC table.
     */
    private List<Violation> reported(JobExecution execution) {
        List<Violation> reported = new ArrayList<>();
        LocalDate day = ImportJobConfiguration.importDay(execution.getJobParameters());
        SmicCheck.outdated(smic, day, fileName(string(execution.getExecutionContext(), ImportKeys.FICHES_PATH)),
                messages(execution)).ifPresent(reported::add);
        reported.addAll(staging.rejects(execution.getJobInstance().getInstanceId()));
        return reported;
    }

    private static Messages messages(JobExecution execution) {
        return Messages.forLanguage(execution.getJobParameters().getString(ImportKeys.LANG, "fr"));
    }

    /** {@code v3=17;4.0=1}, as the publish step notes it, read back in that order. */
    private static Map<String, Integer> romeVersions(String noted) {
        Map<String, Integer> versions = new LinkedHashMap<>();
        if (noted != null && !noted.isBlank()) {
            for (String part : noted.split(";")) {
                String[] pair = part.split("=", 2);
                versions.put(pair[0], Integer.valueOf(pair[1]));
            }
        }
        return versions;
    }

    private static long elapsed(JobExecution execution) {
        if (execution.getStartTime() == null || execution.getEndTime() == null) {
            return 0;
        }
        return java.time.Duration.between(execution.getStartTime(), execution.getEndTime()).toMillis();
    }

    /** The encoding, with the BOM when the file had one: {@code UTF-8 (BOM)}. */
    private static String encoding(ExecutionContext c) {
        String charset = string(c, ImportKeys.FICHES_ENCODING);
        return charset != null && c.getInt(ImportKeys.FICHES_BOM_LENGTH, 0) > 0 ? charset + " (BOM)" : charset;
    }

    /**
     * What an import reported, at most {@code limit}: its rejects first, by file and line, then the warnings and
     * then the informations of the rows it published (a few rejects are never hidden behind many warnings).
     */
    public List<Violation> rejects(JobExecution execution, int limit) {
        return reported(execution).stream().sorted(Comparator.comparing(Violation::level)).limit(limit).toList();
    }

    private static String string(ExecutionContext context, String key) {
        return context.containsKey(key) ? context.getString(key) : null;
    }

    private static String fileName(String path) {
        return path == null ? null : Path.of(path).getFileName().toString();
    }
}
