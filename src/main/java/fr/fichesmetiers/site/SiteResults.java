package fr.fichesmetiers.site;

import java.io.PrintWriter;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

import fr.fichesmetiers.support.Failures;
import fr.fichesmetiers.support.Messages;

/** Reads what a site execution did, and prints it for a person. */
@Component
public class SiteResults {

    public SiteResult of(JobExecution execution) {
        StepExecution step = execution.getStepExecutions().stream().findFirst().orElse(null);
        ExecutionContext c = step == null ? new ExecutionContext() : step.getExecutionContext();
        String failure = Failures.of(execution).stream().findFirst()
                .map(t -> Failures.describe(t, Messages.forLanguage(SiteRequest.of(execution.getJobParameters()).lang())))
                .orElse(null);
        return new SiteResult(execution.getStatus() == BatchStatus.COMPLETED, c.containsKey(SiteKeys.NO_CATALOG),
                c.getInt(SiteKeys.PAGES, 0), c.getInt(SiteKeys.WRITTEN, 0), c.getInt(SiteKeys.UNCHANGED, 0),
                c.getInt(SiteKeys.REMOVED, 0), c.getLong(SiteKeys.BYTES, 0), c.getString(SiteKeys.FOLDER, null),
                c.getLong(SiteKeys.MILLIS, 0), failure);
    }

    public static void print(SiteResult result, Messages messages, PrintWriter out) {
        if (result.noCatalog()) {
            out.println(messages.get("catalog.none"));
            return;
        }
        if (!result.completed()) {
            out.println(messages.get("brochures.failed", result.failureMessage()));
            return;
        }
        out.println(messages.get("site.summary", String.valueOf(result.files()), String.valueOf(result.written()),
                String.valueOf(result.unchanged()), String.valueOf(result.removed()),
                String.format(messages.locale(), "%.1f", result.millis() / 1000.0)));
        out.println(messages.get("site.output", result.folder() + java.io.File.separator + "index.html"));
    }
}
