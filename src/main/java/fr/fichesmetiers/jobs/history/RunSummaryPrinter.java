package fr.fichesmetiers.jobs.history;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.batch.core.job.JobExecution;

import fr.fichesmetiers.support.Messages;
import fr.fichesmetiers.support.TextTable;

/** The final summary of a run: one line per step with its counters and time. */
public final class RunSummaryPrinter {

    private RunSummaryPrinter() {
    }

    /**
     * The summary as {@code run} and {@code restart} print it. Statuses stay Spring Batch's words (COMPLETED,
     * FAILED…): schedulers' logs are searched for them.
     */
    public static void print(JobExecution run, List<StepOutcome> steps, Messages m, PrintWriter out) {
        out.println(m.get("run.summary", run.getJobInstance().getJobName(), String.valueOf(run.getId()),
                run.getStatus().name(), RunTexts.seconds(RunTexts.duration(run), m)));
        table(steps, m, UnaryOperator.identity()).print(out);
        for (StepOutcome s : steps) {
            if (s.imported() != null && s.imported().refusalMessage() != null) {
                out.println(m.get("summary.refused", s.imported().refusalRule().name(), s.imported().refusalMessage()));
            }
            if (s.brochures() != null && s.rendered() == 0 && s.brochures().unchanged() > 0) {
                out.println(m.get("run.nothingRendered", String.valueOf(s.brochures().unchanged())));
            }
            if (s.failure() != null) {
                out.println(m.get("run.stepFailure", s.name(), s.failure()));
            }
        }
    }

    /**
     * One row per step; {@code show-run} passes a translation of the status. The columns are a contract: scripts
     * read "1-import COMPLETED 7200" from them, so a new one goes last (the documents that failed).
     */
    public static TextTable table(List<StepOutcome> steps, Messages m, UnaryOperator<String> status) {
        TextTable table = new TextTable(40, List.of(m.get("run.col.step"), m.get("run.col.status"),
                m.get("run.col.read"), m.get("run.col.written"), m.get("run.col.rejected"), m.get("run.col.rendered"),
                m.get("run.col.unchanged"), m.get("run.col.time"), m.get("run.col.failed")), false, false, true, true,
                true, true, true, true, true);
        for (StepOutcome s : steps) {
            table.add(List.of(s.name(), status.apply(s.status()), String.valueOf(s.read()),
                    String.valueOf(s.written()), String.valueOf(s.rejected()), String.valueOf(s.rendered()),
                    String.valueOf(s.unchanged()), RunTexts.seconds(s.duration(), m), String.valueOf(s.failed())));
        }
        return table;
    }
}
