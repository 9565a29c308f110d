package fr.fichesmetiers.importing;

import java.time.LocalDate;
import java.util.Optional;

import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.support.Euros;
import fr.fichesmetiers.support.LongDates;
import fr.fichesmetiers.support.Messages;

/**
 * The warning every import gives while the SMIC table's newest value is more than 13 months old: a revaluation
 * (due every 1 January) was probably missed, and salaries are then checked against a minimum that is no longer the
 * law's. Computed when the report and the summary are written, not stored: it concerns the configuration, not a row.
 */
final class SmicCheck {

    /** Where the warning points: the setting to update. */
    static final String SETTING = "fiches.import.smic";

    private SmicCheck() {
    }

    static Optional<Violation> outdated(SmicTable table, LocalDate importDay, String file, Messages messages) {
        if (!table.isOutdatedOn(importDay)) {
            return Optional.empty();
        }
        SmicTable.Entry newest = table.newest();
        return Optional.of(new Violation(file == null ? "" : file, 0, SETTING, newest.monthlyGross().toPlainString(),
                RuleCode.SMIC_TABLE_OUTDATED, messages.get("rule.SMIC_TABLE_OUTDATED",
                        Euros.format(newest.monthlyGross(), messages.locale()),
                        LongDates.format(newest.from(), messages.locale()))));
    }
}
