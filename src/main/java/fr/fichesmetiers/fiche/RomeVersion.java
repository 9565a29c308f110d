package fr.fichesmetiers.fiche;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of France Travail's ROME a code was read as. The code shape is the same in both and every v3 code
 * still exists in 4.0, under another label: a code means nothing without its version.
 */
public enum RomeVersion {

    /** ROME v3 (532 codes): what ONISEP and the DARES ROME → FAP crosswalk are keyed on. */
    V3("v3"),
    /** ROME 4.0 (bundled: version 61 of June 2026, 1 911 codes), France Travail's current referential. */
    V4("4.0");

    /** {@code v3}, {@code 3}, {@code ROME v3}, {@code 4.0}, {@code V4}, {@code rome 4.0}, {@code 4.61}: a major version. */
    private static final Pattern SPELLING = Pattern.compile("(?:rome)?v?([34])(?:\\.[0-9]{1,2})?");

    private final String label;

    RomeVersion(String label) {
        this.label = label;
    }

    /** How the version is written in files, the database and messages: {@code v3} or {@code 4.0}. */
    public String label() {
        return label;
    }

    public RomeVersion other() {
        return this == V3 ? V4 : V3;
    }

    /**
     * Reads a version as people write it, ignoring case and spaces: {@code v3}, {@code 3}, {@code V3}, {@code ROME v3},
     * {@code 4}, {@code 4.0}, {@code v4}, {@code ROME 4.0}; a minor version ({@code 3.46}, {@code 4.61}) names its major one.
     */
    public static Optional<RomeVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0\\u202F]+", "");
        Matcher matcher = SPELLING.matcher(key);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1).equals("3") ? V3 : V4);
    }

    /** The version a stored label names ({@link #label()}), for rows read back. */
    static RomeVersion ofLabel(String label) {
        for (RomeVersion version : values()) {
            if (version.label.equals(label)) {
                return version;
            }
        }
        throw new IllegalArgumentException("Not a ROME version: " + label);
    }

    @Override
    public String toString() {
        return label;
    }
}
