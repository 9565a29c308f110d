package fr.fichesmetiers.importing;

import java.io.PrintWriter;
import java.util.Map;

import fr.fichesmetiers.fiche.ChangeCounts;
import fr.fichesmetiers.support.Euros;
import fr.fichesmetiers.support.LongDates;
import fr.fichesmetiers.support.Messages;

/**
 * Prints an import's summary for a person: files, ROME versions and SMIC, rejected rows by rule, first rejects, the
 * warnings and informations of the published rows by code, what was published.
 */
public final class ImportSummaryPrinter {

    private final Messages messages;
    private final PrintWriter out;

    public ImportSummaryPrinter(Messages messages, PrintWriter out) {
        this.messages = messages;
        this.out = out;
    }

    public void print(ImportResult result) {
        if (result.fichesFile() != null && ("xlsx".equals(result.encoding()) || "onisep".equals(result.encoding()))) {
            // A workbook or ONISEP's XML has no encoding nor delimiter to tell: its format is said instead.
            out.println(messages.get("summary.fileFormat", result.fichesFile(),
                    messages.get("summary.format." + result.encoding())));
        }
        else if (result.fichesFile() != null && result.encoding() != null) {
            // A file refused before its encoding was read has none to tell.
            out.println(messages.get("summary.file", result.fichesFile(), result.encoding(),
                    "\t".equals(result.delimiter()) ? "tab" : result.delimiter()));
        }
        if (result.unknownColumns() != null && !result.unknownColumns().isBlank()) {
            out.println(messages.get("summary.unknownColumns", result.unknownColumns()));
        }
        if (result.rowsRead() > 0) {
            // Without a FAQ file only profiles were read: the line says so.
            out.println(messages.get(result.faqFile() == null ? "summary.rowsNoFaq" : "summary.rows",
                    String.valueOf(result.rowsRead()),
                    String.valueOf(result.rowsRejected()),
                    String.format(messages.locale(), "%.1f", result.elapsedMillis() / 1000.0),
                    String.valueOf(Math.round(result.rowsPerSecond()))));
        }
        printReferences(result);
        printRejects(result);
        if (result.refusalRule() != null) {
            out.println();
            out.println(messages.get("summary.refused", result.refusalRule().name(), result.refusalMessage()));
            out.println(messages.get("summary.unchanged"));
        }
        else if (result.failureMessage() != null) {
            out.println();
            out.println(messages.get("summary.failed", result.failureMessage()));
            out.println(messages.get("summary.unchanged"));
        }
        else if (result.completed()) {
            out.println();
            ChangeCounts c = result.changes();
            out.println(result.published()
                    ? messages.get("summary.published", String.valueOf(result.versionId()), String.valueOf(c.published()))
                    : messages.get("summary.dryRun", String.valueOf(c.published())));
            out.println("  " + messages.get("summary.changes", String.valueOf(c.added()), String.valueOf(c.changed()),
                    String.valueOf(c.unchanged()), String.valueOf(c.kept()), String.valueOf(c.retired())));
        }
        else {
            // Stopped on request before its publication: the command says how to resume it.
            out.println();
            out.println(messages.get("summary.unchanged"));
        }
    }

    /** Which ROME versions the codes were read in, and which SMIC the salaries were checked against. */
    private void printReferences(ImportResult result) {
        if (!result.romeVersions().isEmpty()) {
            out.println(messages.get("summary.romeVersions", String.join(", ", result.romeVersions().entrySet()
                    .stream().map(e -> messages.get("summary.romeVersion", e.getKey(), String.valueOf(e.getValue())))
                    .toList())));
        }
        if (result.smic() != null && result.rowsRead() > 0) {
            out.println(messages.get("summary.smic", Euros.format(result.smic().monthlyGross(), messages.locale(), ' '),
                    LongDates.format(result.smic().from(), messages.locale())));
        }
    }

    private void printRejects(ImportResult result) {
        Map<RuleCode, Integer> counts = result.ruleCounts();
        if (result.totalViolations() > 0) {
            out.println();
            out.println(messages.get("summary.rules"));
            printCounts(counts, true, Map.of());
            out.println();
            for (Violation v : result.firstRejects()) {
                String key = v.column().isEmpty() ? "summary.rejectRow" : "summary.reject";
                out.println("  " + messages.get(key, v.file(), String.valueOf(v.line()), v.column(), v.message(),
                        v.rule().name()));
            }
            int more = result.totalViolations() - result.firstRejects().size();
            if (more > 0) {
                out.println("  " + messages.get("summary.moreRejects", String.valueOf(more)));
            }
        }
        if (result.totalNotes() > 0) {
            out.println();
            out.println(messages.get("summary.notes"));
            printCounts(counts, false, result.missingByColumn());
        }
        if (result.reportPath() != null && result.totalViolations() + result.totalNotes() > 0) {
            out.println(messages.get("summary.report", result.reportPath()));
        }
    }

    /**
     * One line per rule of the kind asked (rejects, or warnings and informations), with its level for the latter;
     * gaps are also counted per column, the columns most often blank first.
     */
    private void printCounts(Map<RuleCode, Integer> counts, boolean rejects, Map<String, Integer> byColumn) {
        int width = counts.keySet().stream().mapToInt(rule -> rule.name().length()).max().orElse(10);
        counts.forEach((rule, count) -> {
            if (rule.fileLevel() || rule.rejects() != rejects) {
                return;
            }
            String name = messages.get("rulename." + rule.name());
            if (!rejects) {
                name = messages.get(rule.level().messageKey()) + " · " + name;
            }
            if (rule == RuleCode.MISSING_VALUE && !byColumn.isEmpty()) {
                name = messages.get("summary.gapsPerColumn", name, String.join(", ", byColumn.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .map(e -> e.getKey() + " " + e.getValue()).toList()));
            }
            out.printf("  %-" + width + "s %5d  %s%n", rule.name(), count, name);
        });
    }
}
