package fr.fichesmetiers.importing;

import java.util.List;
import java.util.Map;

import fr.fichesmetiers.fiche.ChangeCounts;
import fr.fichesmetiers.fiche.SmicTable;

/**
 * What an import did, for the command line and the run report.
 *
 * @param published whether a new catalog version was published (false for a dry run or a refusal)
 * @param refusalRule the file-level rule that refused the import, or {@code null}
 * @param ruleCounts reports per rule, in rule order: rejects, then warnings and informations of published rows
 * @param firstRejects the first rejects (warnings and informations left out), by file and line
 * @param totalViolations how many rejects the import reported (a row breaking three rules counts three)
 * @param missingByColumn the gaps ({@code MISSING_VALUE}) of published rows, per column as the file writes it
 * @param romeVersions how many valid profiles were read in each ROME version ({@code v3}, {@code 4.0})
 * @param smic the SMIC the salaries were checked against
 */
public record ImportResult(boolean completed, boolean dryRun, boolean published, Long versionId, String fichesFile,
        String encoding, String delimiter, String faqFile, String unknownColumns, int rowsRead, int rowsRejected,
        ChangeCounts changes, RuleCode refusalRule, String refusalMessage, String failureMessage,
        Map<RuleCode, Integer> ruleCounts, List<Violation> firstRejects, int totalViolations, String reportPath,
        long elapsedMillis, Map<String, Integer> missingByColumn, Map<String, Integer> romeVersions,
        SmicTable.Entry smic) {

    /** How many warnings and informations the published rows carry. */
    public int totalNotes() {
        return ruleCounts.entrySet().stream().filter(e -> !e.getKey().rejects()).mapToInt(Map.Entry::getValue).sum();
    }

    /** Rows (profiles and FAQ) read per second over the whole import. */
    public double rowsPerSecond() {
        return elapsedMillis <= 0 ? 0 : rowsRead * 1000.0 / elapsedMillis;
    }

    /** Exit code of the contract: 0 done, 1 failed or refused, 3 done with rejected rows. */
    public int exitCode() {
        if (!completed) {
            return 1;
        }
        return rowsRejected > 0 ? 3 : 0;
    }
}
