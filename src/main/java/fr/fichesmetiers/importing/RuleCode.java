package fr.fichesmetiers.importing;

/** Stable rule codes of the input contract; reports, tests and documentation use them. */
public enum RuleCode {
    // File level: nothing is published.
    FILE_NOT_FOUND, FILE_EMPTY, FILE_FORMAT, HEADER_MISSING_COLUMN, HEADER_DUPLICATE_COLUMN, TOO_MANY_REJECTS,
    // issue 18: not a CSV text (a workbook, an archive, binary data), not a regular file of the input folder, or
    // a file that cannot be read.
    FILE_NOT_CSV, FILE_NOT_REGULAR, FILE_UNREADABLE,
    TOO_MANY_RETIREMENTS,
    // Row level: the row is rejected, the others go on.
    COLUMN_COUNT, REQUIRED, ID_FORMAT, ID_DUPLICATE, ROME_FORMAT, ROME_UNKNOWN, FAP_FORMAT, FAP_UNKNOWN,
    EDUCATION_LEVEL_UNKNOWN, EMPLOYABILITY_UNKNOWN, MOBILITY_UNKNOWN, SALARY_FORMAT, SALARY_BELOW_MINIMUM,
    SALARY_ABOVE_MAXIMUM, SALARY_ORDER, TEXT_TOO_LONG, TEXT_CONTROL_CHARACTERS, FAQ_UNKNOWN_PROFILE, FAQ_REQUIRED,
    // Issue 12, rejects: a ROME version, a link or a date that cannot be read.
    ROME_VERSION_UNKNOWN, LINK_FORMAT, DATE_FORMAT,
    // import --update: a row whose id names no published profile.
    UPDATE_UNKNOWN_PROFILE,
    // Issue 12, published with the row: a gap, a family that does not fit the ROME code, an old SMIC table.
    MISSING_VALUE(RuleLevel.WARNING), FAP_ROME_MISMATCH(RuleLevel.WARNING), SMIC_TABLE_OUTDATED(RuleLevel.WARNING),
    // Issue 12, what the import did by itself: a FAP family taken from the ROME code (or why none could be).
    FAP_DERIVED(RuleLevel.INFO),
    // Issue 13, what a source's value became (ONISEP's): a starting salary below today's SMIC left out, a level
    // naming none of ours left out (warnings), a level read as the nearest of ours (an information).
    SALARY_BELOW_SMIC_DROPPED(RuleLevel.WARNING), EDUCATION_LEVEL_DROPPED(RuleLevel.WARNING),
    EDUCATION_LEVEL_NEAREST(RuleLevel.INFO);

    private final RuleLevel level;

    RuleCode() {
        this(RuleLevel.ERROR);
    }

    RuleCode(RuleLevel level) {
        this.level = level;
    }

    public boolean fileLevel() {
        return ordinal() <= TOO_MANY_RETIREMENTS.ordinal();
    }

    /** Whether breaking the rule rejects the row ({@link RuleLevel#ERROR}), or is only reported with it. */
    public RuleLevel level() {
        return level;
    }

    public boolean rejects() {
        return level == RuleLevel.ERROR;
    }
}
