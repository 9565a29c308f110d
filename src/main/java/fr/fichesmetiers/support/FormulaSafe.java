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

    /** Cuts a value to {@code max} characters, marking the cut with an ellipsis. */
    public static String truncate(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1) + "…";
    }
}
