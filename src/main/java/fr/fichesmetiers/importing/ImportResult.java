package fr.fichesmetiers.importing;

import java.util.List;
import java.util.Map;

import fr.fichesmetiers.fiche.ChangeCounts;

/**
 * What an import did, for the command line and the run report.
 *
 * @param published whether a new catalog version was published (false for a dry run or a refusal)
 * @param refusalRule the file-level rule that refused the import, or {@code null}
 * @param ruleCounts rejected rows per rule, in rule order
 * @param firstRejects the first rejects, by file and line
 */
public record ImportResult(boolean completed, boolean dryRun, boolean published, Long versionId, String fichesFile,
        String encoding, String delimiter, String faqFile, String unknownColumns, int rowsRead, int rowsRejected,
        ChangeCounts changes, RuleCode refusalRule, String refusalMessage, String failureMessage,
        Map<RuleCode, Integer> ruleCounts, List<Violation> firstRejects, int totalViolations, String reportPath,
        long elapsedMillis) {

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
