package fr.fichesmetiers.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many rejected rows an import tolerates before it publishes nothing: a count ({@code 25}) or a share of
 * the rows read ({@code 10%}).
 */
public record RejectLimit(double amount, boolean percent) {

    private static final Pattern FORMAT = Pattern.compile("\\s*([0-9]+(?:[.,][0-9]+)?)\\s*(%?)\\s*");

    /** @throws IllegalArgumentException when the text is neither a count nor a percentage */
    public static RejectLimit parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException(text);
        }
        double amount = Double.parseDouble(m.group(1).replace(',', '.'));
        boolean percent = !m.group(2).isEmpty();
        if (percent && amount > 100) {
            throw new IllegalArgumentException(text);
        }
        return new RejectLimit(amount, percent);
    }

    /** Whether {@code rejected} rows out of {@code read} go beyond the limit. */
    public boolean exceededBy(int rejected, int read) {
        return percent ? rejected * 100.0 > amount * read : rejected > amount;
    }

    @Override
    public String toString() {
        String number = amount == Math.rint(amount) ? String.valueOf((long) amount) : String.valueOf(amount);
        return percent ? number + " %" : number;
    }
}
