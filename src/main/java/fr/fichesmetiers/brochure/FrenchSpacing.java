package fr.fichesmetiers.brochure;

import java.util.Locale;

/**
 * French typography for printed text: the spaces that must never become a line break are made no-break spaces
 * (narrow inside an amount such as {@code 2 000 €} and before {@code ; ! ?}, full before {@code : »} and after
 * {@code «}), so that a line never
 * starts with {@code 000 €} or a lone colon. Content is stored as imported; only what is printed changes.
 */
final class FrenchSpacing {

    static final char NO_BREAK = '\u00A0';
    /** The narrow no-break space: before {@code ; ! ?} and between the digit groups of an amount. */
    static final char NARROW = '\u202F';

    private FrenchSpacing() {
    }

    /** The text with its unbreakable spaces made no-break; the text itself when none needs it (most do not). */
    static String glue(String text) {
        char[] chars = null;
        int last = text.length() - 1;
        for (int i = text.indexOf(' ', 1); i > 0 && i < last; i = text.indexOf(' ', i + 1)) {
            char glue = glueFor(text, i);
            if (glue != ' ') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = glue;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** The space a space must become: narrow or full no-break, or itself when a line may break there. */
    private static char glueFor(String text, int space) {
        char before = text.charAt(space - 1);
        char after = text.charAt(space + 1);
        if (after == ';' || after == '!' || after == '?') {
            return NARROW;
        }
        if (before == '«' || after == '»' || after == ':') {
            return NO_BREAK;
        }
        if (!Character.isDigit(before)) {
            return ' ';
        }
        if (thousands(text, space + 1)) {
            return NARROW;
        }
        return after == '€' || after == '%' || text.startsWith("EUR", space + 1) || text.startsWith("k€", space + 1)
                ? NO_BREAK : ' ';
    }

    /** Whether exactly three digits start at {@code from}: the next group of a number written {@code 12 500}. */
    private static boolean thousands(String text, int from) {
        int end = from + 3;
        if (end > text.length()) {
            return false;
        }
        for (int i = from; i < end; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return end == text.length() || !Character.isDigit(text.charAt(end));
    }

    /**
     * A title as it reads inside a sentence ("Devenir développeur back-end"): its first letter in lower case,
     * unless the first word is an acronym or a name written in capitals ({@code UX designer}, {@code RSSI}).
     */
    static String inSentence(String title, Locale locale) {
        if (title.length() < 2 || !Character.isUpperCase(title.charAt(0))
                || Character.isUpperCase(title.charAt(1)) || Character.isDigit(title.charAt(1))) {
            return title;
        }
        return title.substring(0, 1).toLowerCase(locale) + title.substring(1);
    }

    /** A title as a heading shows it: ONISEP writes them in lower case ("aide-soignant"). */
    static String capitalised(String title, Locale locale) {
        if (title.isEmpty() || !Character.isLowerCase(title.charAt(0))) {
            return title;
        }
        return title.substring(0, 1).toUpperCase(locale) + title.substring(1);
    }
}
