package fr.fichesmetiers.site;

/** Names of the site job, its step, parameters and context entries (stable: keys in the job repository). */
public final class SiteKeys {

    public static final String JOB = "siteJob";
    public static final String STEP = "siteWriteStep";
    public static final String LANG = "lang";
    public static final String OUT = "out";
    public static final String BROCHURES = "brochures";
    public static final String WORKBOOK = "workbook";
    public static final String REQUESTED_AT = "requestedAt";
    public static final String ORGANISATION = "organisation";
    public static final String PRIMARY_COLOR = "primaryColor";
    public static final String LOGO = "logo";

    static final String PAGES = "site.pages";
    static final String WRITTEN = "site.written";
    static final String UNCHANGED = "site.unchanged";
    static final String REMOVED = "site.removed";
    static final String BYTES = "site.bytes";
    static final String FOLDER = "site.folder";
    static final String MILLIS = "site.millis";
    static final String NO_CATALOG = "site.noCatalog";

    private SiteKeys() {
    }
}
