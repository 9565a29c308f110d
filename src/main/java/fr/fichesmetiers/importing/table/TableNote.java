package fr.fichesmetiers.importing.table;

/**
 * What an input did with a value on its way into the row (ONISEP's salary below today's SMIC left out, its
 * "Bac + 4" read as the nearest level): never a reason to reject the row; the import reports it with the row.
 *
 * @param kind what was done, which the import turns into its rule code
 * @param column the contract column the value fills, or would have filled
 * @param value the value as the input gives it
 * @param message the explanation in the run's language
 */
public record TableNote(Kind kind, String column, String value, String message) {

    /** What an input did with a value. */
    public enum Kind {
        /** A starting salary below the SMIC in force on the import day, left out (the figure is old). */
        SALARY_BELOW_SMIC_DROPPED,
        /** An education level the contract has no rank for, read as the nearest one it has. */
        LEVEL_NEAREST,
        /** An education level that names none of the contract's, left out. */
        LEVEL_DROPPED
    }
}
