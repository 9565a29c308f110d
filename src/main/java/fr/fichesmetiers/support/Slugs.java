package fr.fichesmetiers.support;

import java.text.Normalizer;
import java.util.Locale;

/** Suggests a valid identifier for a malformed one: {@code Développeur Back-End} → {@code developpeur-back-end}. */
public final class Slugs {

    private Slugs() {
    }

    /** A file-name-safe slug: {@code Transition écologique} → {@code transition-ecologique}. */
    public static String of(String text) {
        return suggest(text, 64);
    }

    public static String suggest(String text, int maxLength) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("œ", "oe").replace("æ", "ae").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > maxLength) {
            slug = slug.substring(0, maxLength).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "sans-nom" : slug;
    }
}
