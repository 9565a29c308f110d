package fr.fichesmetiers.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A day written out as a sentence writes it: {@code 1er juin 2026}, {@code 2 juin 2026} in French (the first of a
 * month is an ordinal, « 1er »), {@code 1 June 2026} in English.
 */
public final class LongDates {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private LongDates() {
    }

    /** In English for an English locale, in French otherwise (the tool's two languages). */
    public static String format(LocalDate day, Locale locale) {
        if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return ENGLISH.format(day);
        }
        String written = FRENCH.format(day);
        return day.getDayOfMonth() == 1 ? "1er" + written.substring(1) : written;
    }
}
