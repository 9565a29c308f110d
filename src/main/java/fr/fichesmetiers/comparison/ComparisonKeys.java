package fr.fichesmetiers.comparison;

/** Names of the comparison job, its step, parameters and context entries. */
public final class ComparisonKeys {

    public static final String JOB = "comparisonJob";
    public static final String STEP = "comparisonWorkbookStep";
    public static final String LANG = "lang";
    public static final String GUIDE = "guide";
    public static final String OUT = "out";
    public static final String REQUESTED_AT = "requestedAt";
    /** Where the brochures are, for the workbook's links; empty means the configured folder. */
    public static final String BROCHURES = "brochures";

    static final String ROWS = "workbook.rows";
    static final String STREAMED = "workbook.streamed";
    static final String FILE = "workbook.file";
    static final String MILLIS = "workbook.millis";
    static final String NO_CATALOG = "workbook.noCatalog";

    private ComparisonKeys() {
    }
}
