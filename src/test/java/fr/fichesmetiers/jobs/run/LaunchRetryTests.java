package fr.fichesmetiers.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.dao.CannotSerializeTransactionException;

/** A launch refused with SQLState 40001 is tried again, a few times; any other failure goes up at once. */
class LaunchRetryTests {

    private static final CannotSerializeTransactionException SERIALIZATION = new CannotSerializeTransactionException(
            "could not serialize access", new SQLException("could not serialize access", "40001"));

    private final JobOperator operator = mock(JobOperator.class);
    private final JobOperator retrying = (JobOperator) LaunchRetryConfiguration.launchRetry()
            .postProcessAfterInitialization(operator, "jobOperator");
    private final Job job = mock(Job.class);

    @Test
    void aLaunchThatMeetsASerializationFailureIsTriedAgain() throws Exception {
        JobExecution execution = mock(JobExecution.class);
        when(operator.start(any(Job.class), any(JobParameters.class))).thenThrow(SERIALIZATION)
                .thenThrow(SERIALIZATION).thenReturn(execution);
        assertThat(retrying.start(job, new JobParameters())).isSameAs(execution);
        verify(operator, times(3)).start(any(Job.class), any(JobParameters.class));
    }

    @Test
    void afterTheLastAttemptTheFailureGoesUp() throws Exception {
        when(operator.start(any(Job.class), any(JobParameters.class))).thenThrow(SERIALIZATION);
        assertThatThrownBy(() -> retrying.start(job, new JobParameters())).isSameAs(SERIALIZATION);
        verify(operator, times(LaunchRetryConfiguration.ATTEMPTS)).start(any(Job.class), any(JobParameters.class));
    }

    @Test
    void anyOtherFailureGoesUpAtOnce() throws Exception {
        IllegalStateException other = new IllegalStateException("no");
        when(operator.start(any(Job.class), any(JobParameters.class))).thenThrow(other);
        assertThatThrownBy(() -> retrying.start(job, new JobParameters())).isSameAs(other);
        verify(operator, times(1)).start(any(Job.class), any(JobParameters.class));
        assertThat(LaunchRetryConfiguration.serializationFailure(new RuntimeException(new SQLException("d",
                "40P01")))).isTrue();
    }
}
