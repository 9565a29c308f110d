package fr.fichesmetiers.brochure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

import fr.fichesmetiers.support.Failures;
import fr.fichesmetiers.support.Messages;

/** Reads what a brochure execution did from its steps. */
@Component
public class BrochureResults {

    private final BrochureSettings settings;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    BrochureResults(BrochureSettings settings, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /** SHA-256 of every recorded document under a folder, by absolute path, as computed when it was written. */
    public java.util.Map<String, String> checksums(Path folder) {
        java.util.Map<String, String> sums = new java.util.HashMap<>();
        jdbc.query("SELECT file_path, file_sha256 FROM rendered_document WHERE file_path LIKE ?",
                rs -> {
                    sums.put(rs.getString(1), rs.getString(2));
                }, folder.toAbsolutePath().normalize() + "%");
        return sums;
    }

    public BrochureResult of(JobExecution execution) {
        StepExecution render = step(execution, BrochureKeys.RENDER_STEP);
        StepExecution booklets = step(execution, BrochureKeys.BOOKLET_STEP);
        ExecutionContext r = render == null ? new ExecutionContext() : render.getExecutionContext();
        ExecutionContext b = booklets == null ? new ExecutionContext() : booklets.getExecutionContext();
        BrochureRequest request = BrochureRequest.of(execution.getJobParameters());
        Messages messages = Messages.forLanguage(request.lang());
        boolean noCatalog = false;
        int bookletsCancelled = 0;
        String failure = null;
        for (Throwable t : Failures.of(execution)) {
            Throwable cause = t;
            while (cause.getCause() != null && !(cause instanceof BrochureRun.NoCatalogException)
                    && !(cause instanceof BookletFailedException)) {
                cause = cause.getCause();
            }
            if (cause instanceof BrochureRun.NoCatalogException) {
                noCatalog = true;
            }
            else if (cause instanceof BookletFailedException booklet) {
                bookletsCancelled = booklet.cancelled();
                failure = failure != null ? failure : messages.get("brochures.bookletFailed", booklet.guide(),
                        Failures.describe(booklet, messages), String.valueOf(booklet.cancelled()));
            }
            else if (failure == null) {
                failure = Failures.describe(cause, messages);
            }
        }
        // Runs of earlier releases kept every warning and no count: the count is then the list's length.
        List<String> glyphs = lines(r.getString(BrochureKeys.GLYPH_WARNINGS, ""));
        Duration time = render == null || render.getStartTime() == null || render.getEndTime() == null ? Duration.ZERO
                : Duration.between(render.getStartTime(), render.getEndTime());
        return new BrochureResult(execution.getStatus() == BatchStatus.COMPLETED, noCatalog,
                r.getInt(BrochureKeys.RENDERED, 0), render == null ? 0 : (int) render.getFilterCount(),
                r.getInt(BrochureKeys.FAILED, 0), lines(r.getString(BrochureKeys.FAILURES, "")), glyphs,
                r.getInt(BrochureKeys.GLYPH_WARNING_COUNT, glyphs.size()), b.getInt(BrochureKeys.BOOKLETS_RENDERED, 0),
                b.getInt(BrochureKeys.BOOKLETS_UNCHANGED, 0), bookletsCancelled,
                settings.folder(request).toString(), time,
                failure);
    }

    private static StepExecution step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst()
                .orElse(null);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).filter(line -> !line.isBlank()).toList();
    }
}
