package fr.fichesmetiers.support;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Suggests a valid identifier for a malformed one: {@code Développeur Back-End} → {@code developpeur-back-end}. */
public final class Slugs {

    // Compiled once: every brochure path and workbook link asks for its guide's slug.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGES = Pattern.compile("^-+|-+$");
    private static final Pattern TRAILING = Pattern.compile("-+$");

    private Slugs() {
    }

    /** A file-name-safe slug: {@code Transition écologique} → {@code transition-ecologique}. */
    public static String of(String text) {
        return suggest(text, 64);
    }

    public static String suggest(String text, int maxLength) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace("œ", "oe").replace("æ", "ae").toLowerCase(Locale.ROOT);
        String slug = EDGES.matcher(OTHERS.matcher(plain).replaceAll("-")).replaceAll("");
        if (slug.length() > maxLength) {
            slug = TRAILING.matcher(slug.substring(0, maxLength)).replaceAll("");
        }
        return slug.isEmpty() ? "sans-nom" : slug;
    }
}
