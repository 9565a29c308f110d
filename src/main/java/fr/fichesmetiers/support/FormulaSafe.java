package fr.fichesmetiers.support;

/**
 * Neutralises text that a spreadsheet would run as a formula when it opens a CSV the tool wrote
 * (CSV injection): such a value gets a leading apostrophe, which Excel and LibreOffice show as text.
 */
public final class FormulaSafe {

    private FormulaSafe() {
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r' || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
        return risky ? "'" + value : value;
    }

    /**
     * The value with control characters (a NUL, a bell, an escape sequence) shown as {@code U+FFFD}: a report or a
     * terminal shows the value, it must not act on it. Line breaks and tabs stay.
     */
    public static String printable(String value) {
        if (value == null) {
            return null;
        }
        char[] chars = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                if (chars == null) {
                    chars = value.toCharArray();
                }
                chars[i] = '\uFFFD';
            }
        }
        return chars == null ? value : new String(chars);
    }

    /** Cuts a value to {@code max} characters, marking the cut with an ellipsis. */
    public static String truncate(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1) + "…";
    }

    /**
     * A value for a one-line message about untrusted input: every control or invisible formatting character (line
     * breaks, escape sequences, bidirectional overrides, zero-width characters) shown as {@code U+FFFD}, and at most
     * {@code max} characters, the cut marked with an ellipsis.
     */
    public static String excerpt(String value, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder(Math.min(value.length(), max + 1));
        int count = 0;
        for (int i = 0; i < value.length() && count < max; count++) {
            int c = value.codePointAt(i);
            int type = Character.getType(c);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            shown.appendCodePoint(hidden ? '\uFFFD' : c);
            i += Character.charCount(c);
        }
        if (value.codePointCount(0, value.length()) > max) {
            shown.append('…');
        }
        return shown.toString();
    }
}
