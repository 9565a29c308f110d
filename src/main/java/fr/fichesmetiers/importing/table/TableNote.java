package fr.fichesmetiers.importing.table;

/**
 * A value an input had but did not pass on, and why (a salary from ONISEP below today's SMIC): never a reason to
 * reject the row, worth a warning in the report.
 *
 * @param column the contract column the value would have filled
 * @param value the value as the input gives it
 * @param message the explanation in the run's language
 */
public record TableNote(String column, String value, String message) {
}
