package fr.fichesmetiers.jobs.history;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.batch.core.job.JobExecution;

import fr.fichesmetiers.brochure.BrochureResult;
import fr.fichesmetiers.support.Messages;

/**
 * How runs are told to people: status words in their language, durations with their decimal separator, times to
 * the second. Machine logs keep Spring Batch's own words; so do the run summary and {@code history}, which IT staff
 * grep for {@code COMPLETED}.
 */
public final class RunTexts {

    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private RunTexts() {
    }

    /** A batch status or exit code as a word ({@code COMPLETED} → « terminée »); an unknown code as it is. */
    public static String status(String code, Messages m) {
        String key = "status." + code;
        String word = m.get(key);
        return word.equals(key) ? code : word;
    }

    public static String seconds(Duration duration, Messages m) {
        return String.format(m.locale(), "%.1f s", duration.toMillis() / 1000.0);
    }

    public static String time(TemporalAccessor time) {
        return time == null ? "" : TIME.format(time);
    }

    /**
     * The first line of a step's exit description (the rest is a stack trace), or {@code null}. Our own exceptions
     * carry a message meant for the user: their class name is left out; any other one keeps it, as a clue.
     */
    public static String cause(String exitDescription) {
        if (exitDescription == null || exitDescription.isBlank()) {
            return null;
        }
        String first = exitDescription.strip().lines().findFirst().orElse("");
        return first.replaceFirst("^fr\\.fichesmetiers\\.[\\w.$]+: ", "");
    }

    /** What a brochure job did, booklets apart from brochures (the table's "Inchangées" counts brochures only). */
    public static String brochureCounts(BrochureResult b, Messages m) {
        return m.get("run.brochureCounts", String.valueOf(b.rendered()), String.valueOf(b.unchanged()),
                String.valueOf(b.failed()), String.valueOf(b.bookletsRendered()),
                String.valueOf(b.bookletsUnchanged()));
    }

    /** How long a run took, or has been running. */
    public static Duration duration(JobExecution run) {
        if (run.getStartTime() == null) {
            return Duration.ZERO;
        }
        LocalDateTime end = run.getEndTime() == null ? LocalDateTime.now() : run.getEndTime();
        return Duration.between(run.getStartTime(), end);
    }
}
