package fr.fichesmetiers.importing;

/** Names of the import job, its steps, parameters and execution-context entries: keys in the job repository. */
public final class ImportKeys {

    public static final String JOB = "ficheImportJob";
    public static final String INSPECT_STEP = "importInspectStep";
    public static final String FAQ_STEP = "faqStageStep";
    public static final String FICHE_STEP = "ficheImportStep";
    public static final String FAQ_LINK_STEP = "faqLinkStep";
    public static final String PUBLISH_STEP = "catalogPublishStep";
    public static final String CLEANUP_STEP = "stagingCleanupStep";

    // Job parameters.
    public static final String INPUT = "input";
    public static final String ENCODING = "encoding";
    public static final String DELIMITER = "delimiter";
    public static final String MAX_REJECTS = "maxRejects";
    public static final String FORCE = "force";
    public static final String DRY_RUN = "dryRun";
    public static final String LANG = "lang";
    public static final String REQUESTED_AT = "requestedAt";
    /** Where the reject report goes; empty means the configured folder. */
    public static final String REPORT_DIRECTORY = "reportDirectory";
    /** A forced input format ({@code csv}, {@code xlsx}, {@code onisep}); absent: recognised from the content. */
    public static final String FORMAT = "format";
    /** {@code import --update}: changes the published profiles the file names (issue 13). */
    public static final String UPDATE = "update";
    /** A full import laying the kept updates over its rows ({@code --keep-updates}). */
    public static final String KEEP_UPDATES = "keepUpdates";

    // Job execution context, written by the inspect step.
    public static final String FICHES_PATH = "fiches.path";
    public static final String FICHES_ENCODING = "fiches.encoding";
    public static final String FICHES_BOM_LENGTH = "fiches.bomLength";
    public static final String FICHES_DELIMITER = "fiches.delimiter";
    public static final String FICHES_CHECKSUM = "fiches.checksum";
    public static final String FICHES_UNKNOWN_COLUMNS = "fiches.unknownColumns";
    public static final String FAQ_PATH = "faq.path";
    public static final String FAQ_ENCODING = "faq.encoding";
    public static final String FAQ_BOM_LENGTH = "faq.bomLength";
    public static final String FAQ_DELIMITER = "faq.delimiter";
    public static final String FAQ_CHECKSUM = "faq.checksum";
    public static final String FAQ_UNKNOWN_COLUMNS = "faq.unknownColumns";

    // Job execution context, written by the publish step and the report listener. The change counts are what a
    // validation would publish: a publication's are read from its catalog_version row. VERSION is only in the
    // contexts of release 0.1.0's runs.
    public static final String VERSION = "import.version";
    public static final String ADDED = "import.added";
    public static final String CHANGED = "import.changed";
    public static final String UNCHANGED = "import.unchanged";
    public static final String KEPT = "import.kept";
    public static final String RETIRED = "import.retired";
    public static final String ROWS_READ = "import.rowsRead";
    public static final String ROWS_REJECTED = "import.rowsRejected";
    public static final String REPORT = "import.report";
    public static final String REFUSAL_RULE = "import.refusalRule";
    public static final String REFUSAL_MESSAGE = "import.refusalMessage";
    /** How many valid profiles each ROME version read, {@code v3=17;4.0=1} (issue 12). */
    public static final String ROME_VERSIONS = "import.romeVersions";

    private ImportKeys() {
    }
}
