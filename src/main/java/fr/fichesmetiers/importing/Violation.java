package fr.fichesmetiers.importing;

/**
 * One broken rule in one row, or a warning about a published row: the evidence a person needs to fix the file.
 *
 * @param file the file's name
 * @param line the physical line where the record starts (header = 1)
 * @param column the header as written in the file, or empty for the whole row
 * @param value the raw value, or {@code null}
 * @param rule the stable rule code
 * @param message the explanation in the run's language, without the file and line prefix
 */
public record Violation(String file, int line, String column, String value, RuleCode rule, String message) {

    /** Whether it rejects the row, or was published with it as a warning or an information. */
    public RuleLevel level() {
        return rule.level();
    }
}
