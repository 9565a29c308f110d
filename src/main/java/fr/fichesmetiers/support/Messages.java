package fr.fichesmetiers.support;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing text in French (default) or English, from {@code i18n/messages_*.properties}.
 *
 * <p>Patterns are {@link MessageFormat} patterns: a literal apostrophe is written {@code ''}. Numbers are
 * passed as strings where a grouping separator would be wrong (line numbers).
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Messages for {@code fr} or {@code en}; anything else is refused by the command line before this. */
    public static Messages forLanguage(String language) {
        return new Messages("en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.FRENCH);
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    /** The message for a key with its arguments; a missing key shows itself rather than failing a run. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        }
        catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
