package fr.fichesmetiers.brochure;

/** Names of the brochure job, its steps, parameters and context entries: keys in the job repository. */
public final class BrochureKeys {

    public static final String JOB = "brochureJob";
    public static final String RENDER_STEP = "brochureRenderStep";
    public static final String BOOKLET_STEP = "bookletRenderStep";

    // Job parameters.
    public static final String LANG = "lang";
    public static final String GUIDE = "guide";
    public static final String ONLY = "only";
    public static final String OUT = "out";
    public static final String ALL = "all";
    public static final String BOOKLETS = "booklets";
    public static final String REQUESTED_AT = "requestedAt";
    /** Only the guides of this shard ({@code I/N}, issue 17); absent: every guide. */
    public static final String SHARD = "shard";
    /** Theme overrides of a job definition; empty means the configured theme. */
    public static final String ORGANISATION = "organisation";
    public static final String PRIMARY_COLOR = "primaryColor";
    public static final String LOGO = "logo";

    // Step execution contexts.
    static final String RENDERED = "brochures.rendered";
    static final String FAILED = "brochures.failed";
    static final String FAILURES = "brochures.failures";
    static final String GLYPH_WARNINGS = "brochures.glyphWarnings";
    static final String GLYPH_WARNING_COUNT = "brochures.glyphWarningCount";
    static final String BOOKLETS_RENDERED = "booklets.rendered";
    static final String BOOKLETS_UNCHANGED = "booklets.unchanged";
    static final String OUTPUT = "brochures.output";

    private BrochureKeys() {
    }
}
