package fr.fichesmetiers.importing.onisep;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a starting salary in ONISEP's "Salaire du débutant" paragraph, only when it is stated as a monthly gross
 * amount in euros ("2 080 euros brut par mois", "De 2080 à 2910 euros brut par mois": the lower bound, "rémunération
 * brute mensuelle de 1486 euros"). Anything else gives nothing: "à partir du Smic", a net or yearly amount, "variable
 * selon…". The paragraph stays in the salary text either way.
 */
final class StartingSalary {

    private static final Pattern HEADING = Pattern.compile(
            "<h5>\\s*Salaire\\s+du\\s+d[ée]butant\\s*</h5>(.*?)(?=<h[1-5][\\s>]|$)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final String AMOUNT = "([0-9]{1,2}[ \\u00A0\\u202F.][0-9]{3}|[0-9]{3,5})(,[0-9]{1,2})?";
    private static final Pattern MONTHLY_AFTER = Pattern.compile(AMOUNT
            + "\\s*(?:euros?|€)\\s*(?:bruts?)\\s*(?:par\\s+mois|mensuels?|/\\s*mois)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTHLY_BEFORE = Pattern.compile(
            "(?:r[ée]mun[ée]ration|salaire)\\s+brut(?:e)?\\s+mensuel(?:le)?\\s+(?:de\\s+|d'environ\\s+)?" + AMOUNT
                    + "\\s*(?:euros?|€)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+");

    private StartingSalary() {
    }

    /** The paragraph's text under "Salaire du débutant", if the HTML has one. */
    static Optional<String> paragraph(String html) {
        if (html == null) {
            return Optional.empty();
        }
        Matcher heading = HEADING.matcher(html);
        return heading.find() ? Optional.ofNullable(HtmlParagraphs.of(heading.group(1))) : Optional.empty();
    }

    /** The monthly gross amount the paragraph states first, if it states one as such. */
    static Optional<BigDecimal> in(String paragraph) {
        for (String sentence : SENTENCE_END.split(paragraph.replace('\n', ' '))) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            if (lower.contains(" net") || lower.contains("par an") || lower.contains("annuel")) {
                continue;
            }
            Optional<BigDecimal> amount = first(sentence, lower);
            if (amount.isPresent()) {
                return amount;
            }
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> first(String sentence, String lower) {
        Matcher after = MONTHLY_AFTER.matcher(sentence);
        Matcher before = MONTHLY_BEFORE.matcher(sentence);
        int start = -1;
        Matcher found = null;
        if (before.find()) {
            found = before;
            start = before.start(1);
        }
        // "De 2080 à 2910 euros brut par mois": the range's lower bound is the starting salary.
        Matcher range = Pattern.compile("\\bde\\s+" + AMOUNT + "\\s*(?:euros?|€)?\\s+(?:à|a)\\s+" + AMOUNT
                + "\\s*(?:euros?|€)\\s*bruts?\\s*(?:par\\s+mois|mensuels?)", Pattern.CASE_INSENSITIVE).matcher(sentence);
        if (range.find() && (found == null || range.start() < start)) {
            found = range;
            start = range.start(1);
        }
        if (after.find() && (found == null || after.start() < start)) {
            found = after;
            start = after.start(1);
        }
        if (found == null || lower.substring(0, start).contains("smic")) {
            // "À partir du Smic et jusqu'à 2 231 euros": the amount is a ceiling, the start is the SMIC.
            return Optional.empty();
        }
        String integer = found.group(1).replaceAll("[ \\u00A0\\u202F.]", "");
        String decimals = found.group(2) == null ? "" : "." + found.group(2).substring(1);
        return Optional.of(new BigDecimal(integer + decimals));
    }
}
