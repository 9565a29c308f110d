package fr.fichesmetiers.jobs;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.batch.core.job.JobExecution;

import fr.fichesmetiers.support.Messages;

/** The final summary of a run: one line per step with its counters and time. */
final class RunSummaryPrinter {

    private RunSummaryPrinter() {
    }

    static void print(JobExecution run, List<StepOutcome> steps, Messages m, PrintWriter out) {
        out.println(m.get("run.summary", run.getJobInstance().getJobName(), String.valueOf(run.getId()),
                run.getStatus().name(), seconds(duration(run))));
        TextTable table = new TextTable(40, List.of(m.get("run.col.step"), m.get("run.col.status"),
                m.get("run.col.read"), m.get("run.col.written"), m.get("run.col.rejected"), m.get("run.col.rendered"),
                m.get("run.col.unchanged"), m.get("run.col.time")), false, false, true, true, true, true, true, true);
        for (StepOutcome s : steps) {
            table.add(List.of(s.name(), s.status(), String.valueOf(s.read()), String.valueOf(s.written()),
                    String.valueOf(s.rejected()), String.valueOf(s.rendered()), String.valueOf(s.unchanged()),
                    seconds(s.duration())));
        }
        table.print(out);
        for (StepOutcome s : steps) {
            if (s.imported() != null && s.imported().refusalMessage() != null) {
                out.println(m.get("summary.refused", s.imported().refusalRule().name(), s.imported().refusalMessage()));
            }
            if (s.brochures() != null && s.rendered() == 0 && s.brochures().unchanged() > 0) {
                out.println(m.get("run.nothingRendered", String.valueOf(s.brochures().unchanged())));
            }
        }
    }

    static Duration duration(JobExecution run) {
        if (run.getStartTime() == null) {
            return Duration.ZERO;
        }
        LocalDateTime end = run.getEndTime() == null ? LocalDateTime.now() : run.getEndTime();
        return Duration.between(run.getStartTime(), end);
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
