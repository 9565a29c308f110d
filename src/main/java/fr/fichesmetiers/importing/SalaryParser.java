package fr.fichesmetiers.importing;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a monthly gross salary as administrators type it: {@code 2000}, {@code 2 000 €}, {@code 2000,50},
 * {@code 2 000,00 € brut}, {@code 2000 EUR}; thousands grouped by a space, a no-break space or a narrow
 * no-break space, a decimal comma or point with at most two decimals.
 */
final class SalaryParser {

    /** What was wrong with a value that is not a salary; the hint is a message key. */
    record Failure(String hintKey) {
    }

    /** Either a value or a failure. */
    record Result(BigDecimal value, Failure failure) {
    }

    private static final Pattern SUFFIX = Pattern.compile(
            "(\\s*(€|eur|euros?|brut|bruts|gross|mensuel|/\\s*mois|par\\s+mois|per\\s+month))+$");
    private static final Pattern PREFIX = Pattern.compile("^(€|eur)\\s*");
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}([ \\u00A0\\u202F][0-9]{3})+|[0-9]+");
    private static final Pattern NUMBER = Pattern.compile("(" + GROUPED.pattern() + ")([.,]([0-9]+))?");
    private static final Pattern RANGE = Pattern.compile("[0-9][^0-9]*(-|–|—|à|a|to)\\s*[0-9]");
    private static final Pattern ABBREVIATED = Pattern.compile("[0-9]\\s*[kK]");

    private SalaryParser() {
    }

    static Result parse(String raw) {
        String text = raw.strip().replace('\u00A0', ' ').replace('\u202F', ' ').toLowerCase(Locale.ROOT);
        text = PREFIX.matcher(text).replaceFirst("");
        text = SUFFIX.matcher(text).replaceFirst("").strip();
        if (text.startsWith("-") || text.startsWith("−")) {
            return failure("salary.hint.negative");
        }
        if (ABBREVIATED.matcher(text).find()) {
            return failure("salary.hint.abbreviated");
        }
        Matcher number = NUMBER.matcher(text);
        if (!number.matches()) {
            return failure(RANGE.matcher(text).find() ? "salary.hint.range" : "salary.hint.format");
        }
        String decimals = number.group(number.groupCount());
        if (decimals != null && decimals.length() > 2) {
            return failure("salary.hint.decimals");
        }
        String integer = number.group(1).replace(" ", "");
        return new Result(new BigDecimal(decimals == null ? integer : integer + "." + decimals), null);
    }

    private static Result failure(String hintKey) {
        return new Result(null, new Failure(hintKey));
    }
}
