package fr.fichesmetiers.comparison;

import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.support.Euros;
import fr.fichesmetiers.support.LongDates;
import fr.fichesmetiers.support.Messages;

/**
 * The SMIC the workbook compares salaries with: the monthly gross in force on the day the workbook was asked for,
 * named with that day wherever it is shown (a series "SMIC au 1er juin 2026", a note with the amount).
 *
 * @param name the series' and column's name, with the day
 * @param label a sentence naming the amount and the day
 */
record SmicLine(SmicTable.Entry entry, String name, String label) {

    static SmicLine of(SmicTable.Entry entry, Messages messages) {
        String day = LongDates.format(entry.from(), messages.locale());
        return new SmicLine(entry, messages.get("workbook.smic.name", day),
                messages.get("workbook.smic.label", Euros.format(entry.monthlyGross(), messages.locale()), day));
    }

    double amount() {
        return entry.monthlyGross().doubleValue();
    }
}
