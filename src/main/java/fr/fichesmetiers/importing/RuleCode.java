package fr.fichesmetiers.importing;

/** Stable rule codes of the input contract; reports, tests and documentation use them. */
public enum RuleCode {
    // File level: nothing is published.
    FILE_NOT_FOUND, FILE_EMPTY, FILE_FORMAT, HEADER_MISSING_COLUMN, HEADER_DUPLICATE_COLUMN, TOO_MANY_REJECTS,
    TOO_MANY_RETIREMENTS,
    // Row level: the row is rejected, the others go on.
    COLUMN_COUNT, REQUIRED, ID_FORMAT, ID_DUPLICATE, ROME_FORMAT, ROME_UNKNOWN, FAP_FORMAT, FAP_UNKNOWN,
    EDUCATION_LEVEL_UNKNOWN, EMPLOYABILITY_UNKNOWN, MOBILITY_UNKNOWN, SALARY_FORMAT, SALARY_BELOW_MINIMUM,
    SALARY_ABOVE_MAXIMUM, SALARY_ORDER, TEXT_TOO_LONG, TEXT_CONTROL_CHARACTERS, FAQ_UNKNOWN_PROFILE, FAQ_REQUIRED,
    // import --update: a row whose id names no published profile.
    UPDATE_UNKNOWN_PROFILE;

    public boolean fileLevel() {
        return ordinal() <= TOO_MANY_RETIREMENTS.ordinal();
    }
}
