package fr.fichesmetiers.jobs;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;

import fr.fichesmetiers.importing.ImportKeys;
import fr.fichesmetiers.importing.ImportResult;
import fr.fichesmetiers.importing.ImportResults;

/** Starts the import job with the parameters of the command line and reads its result. */
final class ImportLauncher {

    private final SpringContext spring;

    ImportLauncher(SpringContext spring) {
        this.spring = spring;
    }

    ImportResult launch(ImportOptions options, boolean dryRun) throws Exception {
        Path input = options.path.toAbsolutePath().normalize();
        // The request time is identifying: each launch is a new run, and a failed one is resumed with restart ID.
        JobParameters params = new JobParametersBuilder()
                .addString(ImportKeys.INPUT, input.toString())
                .addString(ImportKeys.ENCODING, options.encodingName())
                .addString(ImportKeys.DELIMITER, options.delimiterChar() == null ? "" : options.delimiterChar())
                .addString(ImportKeys.MAX_REJECTS, options.maxRejects == null ? "" : options.maxRejects)
                .addString(ImportKeys.FORCE, String.valueOf(options.force))
                .addString(ImportKeys.DRY_RUN, String.valueOf(dryRun))
                .addString(ImportKeys.LANG, options.language.code())
                .addLocalDateTime(ImportKeys.REQUESTED_AT, RequestTime.now())
                .toJobParameters();
        JobExecution execution = spring.bean(JobOperator.class).start(spring.bean(ImportKeys.JOB, Job.class), params);
        return spring.bean(ImportResults.class).of(execution);
    }
}
