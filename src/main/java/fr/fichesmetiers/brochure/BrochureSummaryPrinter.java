package fr.fichesmetiers.brochure;

import java.io.PrintWriter;

import fr.fichesmetiers.support.Messages;

/** Prints a brochure run's summary for a person. */
public final class BrochureSummaryPrinter {

    private final Messages messages;
    private final PrintWriter out;
    private final String logFile;

    /** @param logFile the log that has every failure, named when only the first ones are printed */
    public BrochureSummaryPrinter(Messages messages, PrintWriter out, String logFile) {
        this.messages = messages;
        this.out = out;
        this.logFile = logFile;
    }

    /** A wrong output folder fails every brochure the same way: a screenful says it (glyph warnings too). */
    private static final int SHOWN_FAILURES = 20;

    public void print(BrochureResult result) {
        if (result.noCatalog()) {
            out.println(messages.get("catalog.none"));
            return;
        }
        out.println(messages.get("brochures.summary", String.valueOf(result.rendered()),
                String.valueOf(result.unchanged()), String.valueOf(result.failed()),
                String.format(messages.locale(), "%.1f", result.throughput())));
        out.println(messages.get("brochures.booklets", String.valueOf(result.bookletsRendered()),
                String.valueOf(result.bookletsUnchanged())));
        result.failures().stream().limit(SHOWN_FAILURES)
                .forEach(failure -> out.println("  " + messages.get("brochures.failure", failure)));
        if (result.failed() > SHOWN_FAILURES) {
            out.println("  " + messages.get("brochures.moreFailures",
                    String.valueOf(result.failed() - SHOWN_FAILURES), logFile));
        }
        result.glyphWarnings().stream().limit(SHOWN_FAILURES)
                .forEach(warning -> out.println("  " + messages.get("brochures.glyphs", warning)));
        int shownGlyphs = Math.min(SHOWN_FAILURES, result.glyphWarnings().size());
        if (result.glyphWarningCount() > shownGlyphs) {
            out.println("  " + messages.get("brochures.moreGlyphs",
                    String.valueOf(result.glyphWarningCount() - shownGlyphs)));
        }
        if (result.failureMessage() != null) {
            out.println(messages.get("brochures.failed", result.failureMessage()));
        }
        out.println(messages.get("brochures.output", result.output()));
    }
}
