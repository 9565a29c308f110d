package fr.fichesmetiers.comparison;

import java.io.PrintWriter;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

import fr.fichesmetiers.support.Failures;
import fr.fichesmetiers.support.Messages;

/** Reads what a comparison execution did, and prints it for a person. */
@Component
public class ComparisonResults {

    public ComparisonResult of(JobExecution execution) {
        StepExecution step = execution.getStepExecutions().stream().findFirst().orElse(null);
        ExecutionContext c = step == null ? new ExecutionContext() : step.getExecutionContext();
        String failure = Failures.of(execution).stream().findFirst()
                .map(t -> Failures.describe(t, Messages.forLanguage(
                        ComparisonRequest.of(execution.getJobParameters()).lang()))).orElse(null);
        return new ComparisonResult(execution.getStatus() == BatchStatus.COMPLETED,
                c.containsKey(ComparisonKeys.NO_CATALOG), c.getInt(ComparisonKeys.ROWS, 0),
                Boolean.parseBoolean(c.getString(ComparisonKeys.STREAMED, "false")),
                c.getString(ComparisonKeys.FILE, null), c.getLong(ComparisonKeys.MILLIS, 0), failure);
    }

    public static void print(ComparisonResult result, Messages messages, PrintWriter out) {
        if (result.noCatalog()) {
            out.println(messages.get("catalog.none"));
            return;
        }
        if (!result.completed()) {
            out.println(messages.get("brochures.failed", result.failureMessage()));
            return;
        }
        out.println(messages.get("workbooks.summary", String.valueOf(result.rows()),
                String.format(messages.locale(), "%.1f", result.millis() / 1000.0),
                String.valueOf(Math.round(result.rowsPerSecond())),
                result.streamed() ? messages.get("workbooks.streamed") : ""));
        out.println(messages.get("workbooks.output", result.file()));
    }
}
