package fr.fichesmetiers.jobs.history;

import java.time.Duration;

import fr.fichesmetiers.brochure.BrochureResult;
import fr.fichesmetiers.comparison.ComparisonResult;
import fr.fichesmetiers.importing.ImportResult;
import fr.fichesmetiers.site.SiteResult;

/**
 * One step of a run as the summary, the history and the report show it. Exactly one of the three results is set
 * once the step's job ran.
 *
 * @param failure why a step that did not complete stopped (the first line of its job's failure), or {@code null}
 */
public record StepOutcome(String name, String kind, String status, Long childExecutionId, Duration duration,
        ImportResult imported, BrochureResult brochures, ComparisonResult comparison, SiteResult site,
        String failure) {

    public long read() {
        return imported != null ? imported.rowsRead() : 0;
    }

    public long written() {
        if (imported != null) {
            return imported.published() ? imported.changes().published() : 0;
        }
        if (brochures != null) {
            return brochures.rendered() + brochures.bookletsRendered();
        }
        if (site != null) {
            return site.written();
        }
        return comparison != null ? comparison.rows() : 0;
    }

    /** Input rows the import rejected (see the reject report). */
    public long rejected() {
        return imported != null ? imported.rowsRejected() : 0;
    }

    /** Documents that could not be written (a full output disk, a profile that cannot be rendered). */
    public long failed() {
        return brochures != null ? brochures.failed() : 0;
    }

    public long rendered() {
        return brochures != null ? brochures.rendered() : 0;
    }

    /** Profiles left as they were; booklets are not counted, so that it matches "N inchangée(s)" of the summary. */
    public long unchanged() {
        if (brochures != null) {
            return brochures.unchanged();
        }
        if (site != null) {
            return site.unchanged();
        }
        return imported != null ? imported.changes().unchanged() : 0;
    }

    public int exitCode() {
        if (imported != null) {
            return imported.exitCode();
        }
        if (brochures != null) {
            return brochures.exitCode();
        }
        if (comparison != null) {
            return comparison.exitCode();
        }
        if (site != null) {
            return site.exitCode();
        }
        return "COMPLETED".equals(status) ? 0 : 1;
    }
}
