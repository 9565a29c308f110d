package fr.fichesmetiers.comparison;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Number formats that carry their locale, so that a reader sees the brochures' figures whatever the language of
 * their spreadsheet: {@code 2 150,50 €} and {@code 65 %} in the French workbook, {@code €2,150.50} in the English
 * one. A format code is always stored with {@code ,} for thousands and {@code .} for decimals; the locale prefix
 * ({@code [$-40C]} French, {@code [$-409]} English, with the euro sign as text before the amount) tells LibreOffice
 * which separators to show whatever its own locale, and Excel which month names. (A currency prefix such as
 * {@code [$€-409]} only sets the sign: LibreOffice in French then shows {@code €2 300}.) As in the brochures, cents
 * are shown only when there are any.
 *
 * @param euro a whole amount
 * @param euroCents an amount with cents, and averages
 * @param percent a progression
 * @param ratio a multiple of the SMIC, two decimals
 * @param count a whole number with thousands
 * @param date a day written out
 */
record WorkbookFormats(String euro, String euroCents, String percent, String ratio, String count, String date) {

    static final WorkbookFormats FRENCH = new WorkbookFormats("[$-40C]#,##0\\ \"€\"", "[$-40C]#,##0.00\\ \"€\"",
            "[$-40C]0\\ %", "[$-40C]0.00", "[$-40C]#,##0", "[$-40C]d mmmm yyyy");

    static final WorkbookFormats ENGLISH = new WorkbookFormats("[$-409]\"€\"#,##0", "[$-409]\"€\"#,##0.00",
            "[$-409]0%", "[$-409]0.00", "[$-409]#,##0", "[$-409]d mmmm yyyy");

    static WorkbookFormats of(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : FRENCH;
    }

    /** Whether an amount has cents to show (2 150,50 €), or is shown whole (2 000 €) as the brochures do. */
    static boolean hasCents(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() > 0;
    }
}
