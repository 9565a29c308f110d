package fr.fichesmetiers.brochure;

import java.time.Duration;
import java.util.List;

/**
 * What a brochure run did, for the command line and the run report.
 *
 * @param failures the first failures ({@code failed} counts them all)
 * @param glyphWarnings the first profiles with characters no bundled font has ({@code glyphWarningCount} counts them)
 * @param bookletsCancelled booklets not made because another one failed first
 */
public record BrochureResult(boolean completed, boolean noCatalog, int rendered, int unchanged, int failed,
        List<String> failures, List<String> glyphWarnings, int glyphWarningCount, int bookletsRendered,
        int bookletsUnchanged, int bookletsCancelled, String output, Duration renderTime, String failureMessage) {

    /** 0 done, 1 failed (or no brochure could be rendered), 3 done but some profiles could not be rendered. */
    public int exitCode() {
        if (!completed) {
            return 1;
        }
        // Every brochure failed (an output folder that cannot be written…): unlike a few failures among
        // written or up-to-date brochures, the run did nothing.
        return failed > 0 && rendered == 0 && unchanged == 0 ? 1 : failed > 0 ? 3 : 0;
    }

    /** Brochures per second of the render step. */
    public double throughput() {
        double seconds = renderTime.toMillis() / 1000.0;
        return seconds <= 0 ? 0 : rendered / seconds;
    }
}
