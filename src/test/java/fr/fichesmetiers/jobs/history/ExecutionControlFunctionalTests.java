package fr.fichesmetiers.jobs.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.fichesmetiers.TestCatalogs;
import fr.fichesmetiers.importing.ImportKeys;
import fr.fichesmetiers.support.Messages;

/** {@code abandon}: a run given up takes the imports it left unfinished with it, and their staging. */
@SpringBootTest
class ExecutionControlFunctionalTests {

    @Autowired
    ExecutionControl control;

    @Autowired
    JobRepository repository;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        TestCatalogs.emptyDatabase(jdbc);
    }

    @Test
    void abandoningAFailedImportDiscardsWhatItStaged() throws Exception {
        JobExecution imported = failed(ImportKeys.JOB, "input=a");
        staged(imported.getJobInstance(), "developpeur-back-end");

        String out = abandon(imported.getId());

        assertThat(out).contains("Exécution " + imported.getId() + " abandonnée");
        assertThat(repository.getJobExecution(imported.getId()).getStatus()).isEqualTo(BatchStatus.ABANDONED);
        assertThat(stagedRows(imported.getJobInstance())).isZero();
    }

    @Test
    void abandoningARunAbandonsTheImportItsStepLeftUnfinished() throws Exception {
        JobExecution run = failed("nightly", "definition=/opt/jobs/nightly.yml");
        JobExecution imported = failed(ImportKeys.JOB, "input=b");
        staged(imported.getJobInstance(), "infirmier");
        StepExecution step = repository.createStepExecution("1-import", run);
        step.getExecutionContext().putLong(RunOutcomes.CHILD_EXECUTION, imported.getId());
        step.setStatus(BatchStatus.FAILED);
        repository.update(step);
        repository.updateExecutionContext(step);
        JobExecution other = failed(ImportKeys.JOB, "input=c");
        staged(other.getJobInstance(), "infirmier");

        abandon(run.getId());

        assertThat(repository.getJobExecution(imported.getId()).getStatus()).isEqualTo(BatchStatus.ABANDONED);
        assertThat(stagedRows(imported.getJobInstance())).isZero();
        // An import the run did not start is not its to give up.
        assertThat(repository.getJobExecution(other.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(stagedRows(other.getJobInstance())).isEqualTo(2);
    }

    private JobExecution failed(String job, String parameter) throws Exception {
        String[] pair = parameter.split("=");
        JobParameters params = new JobParametersBuilder().addString(pair[0], pair[1])
                .addLocalDateTime("requestedAt", LocalDateTime.now()).toJobParameters();
        JobInstance instance = repository.createJobInstance(job, params);
        JobExecution execution = repository.createJobExecution(instance, params, new ExecutionContext());
        execution.setStartTime(LocalDateTime.now());
        execution.setEndTime(LocalDateTime.now());
        execution.setStatus(BatchStatus.FAILED);
        repository.update(execution);
        return execution;
    }

    private void staged(JobInstance instance, String fiche) {
        jdbc.update("INSERT INTO staged_fiche (job_instance_id, fiche_id, content_hash, line_number) VALUES (?, ?, ?, 2)",
                instance.getInstanceId(), fiche, "h");
        jdbc.update("INSERT INTO staged_faq (job_instance_id, line_number, fiche_id, question, answer, entry_hash)"
                + " VALUES (?, 2, ?, 'Q ?', 'R.', 'e')", instance.getInstanceId(), fiche);
    }

    private int stagedRows(JobInstance instance) {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM staged_fiche WHERE job_instance_id = ?)"
                + " + (SELECT COUNT(*) FROM staged_faq WHERE job_instance_id = ?)", Integer.class,
                instance.getInstanceId(), instance.getInstanceId());
    }

    private String abandon(long id) throws Exception {
        StringWriter out = new StringWriter();
        control.abandon(id, Messages.forLanguage("fr"), new PrintWriter(out, true));
        return out.toString();
    }
}
