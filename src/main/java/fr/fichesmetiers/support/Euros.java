package fr.fichesmetiers.support;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts in euros as French typography writes them, {@code 2 000 €} with a narrow no-break space between
 * thousands and a no-break space before the sign, or {@code €2,000} in English. Cents only when there are any.
 */
public final class Euros {

    public static final char THOUSANDS = '\u202F';
    public static final char BEFORE_SIGN = '\u00A0';

    private Euros() {
    }

    public static String format(BigDecimal amount, Locale locale) {
        return format(amount, locale, THOUSANDS);
    }

    /** With another thousands separator, for fonts or terminals that lack the narrow no-break space. */
    public static String format(BigDecimal amount, Locale locale, char thousands) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(english ? Locale.ENGLISH : Locale.FRENCH);
        if (!english) {
            symbols.setGroupingSeparator(thousands);
            symbols.setDecimalSeparator(',');
        }
        String number = new DecimalFormat(whole ? "#,##0" : "#,##0.00", symbols).format(amount);
        return english ? "€" + number : number + BEFORE_SIGN + "€";
    }
}
