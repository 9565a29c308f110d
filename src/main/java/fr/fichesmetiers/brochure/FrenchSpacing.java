package fr.fichesmetiers.brochure;

import java.util.Locale;

/**
 * French typography for printed text: the spaces that must never become a line break are made no-break spaces
 * (inside an amount such as {@code 2 000 €}, before {@code : ; ! ? »} and after {@code «}), so that a line never
 * starts with {@code 000 €} or a lone colon. Content is stored as imported; only what is printed changes.
 */
final class FrenchSpacing {

    static final char NO_BREAK = '\u00A0';

    private FrenchSpacing() {
    }

    /** The text with its unbreakable spaces made no-break; the text itself when none needs it (most do not). */
    static String glue(String text) {
        char[] chars = null;
        int last = text.length() - 1;
        for (int i = text.indexOf(' ', 1); i > 0 && i < last; i = text.indexOf(' ', i + 1)) {
            if (mustNotBreak(text, i)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = NO_BREAK;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean mustNotBreak(String text, int space) {
        char before = text.charAt(space - 1);
        char after = text.charAt(space + 1);
        if (before == '«' || after == '»' || after == ':' || after == ';' || after == '!' || after == '?') {
            return true;
        }
        if (!Character.isDigit(before)) {
            return false;
        }
        return after == '€' || after == '%' || thousands(text, space + 1)
                || text.startsWith("EUR", space + 1) || text.startsWith("k€", space + 1);
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
}
