package fr.fichesmetiers.support;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises free text for storage (NFC) and for lenient matching of labels typed by people. */
public final class TextKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u202F'’‘`´\\-–—/.]+");
    private static final Pattern EDGES = Pattern.compile("^_+|_+$|[:?!]+");

    private TextKeys() {
    }

    /** NFC-normalised and trimmed; {@code null} stays {@code null}. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        // Most text arrives composed already: checking is cheaper than normalising a copy.
        return strip(Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /** Trims ordinary spaces and the no-break spaces spreadsheets leave behind. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** A space that {@link #strip} removes: Unicode white space, and the no-break spaces. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\uFEFF';
    }

    /**
     * A matching key: lower case, accents removed, spaces, hyphens and apostrophes as {@code _},
     * so that {@code Niveau d’études :}, {@code niveau_d_etudes} and {@code NIVEAU D'ETUDES} meet.
     */
    public static String matchKey(String label) {
        String decomposed = Normalizer.normalize(strip(label), Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae");
        String underscored = SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("_");
        return EDGES.matcher(underscored).replaceAll("").replaceAll("_+", "_").replaceAll("^_|_$", "");
    }
}
