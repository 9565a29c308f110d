package fr.fichesmetiers.importing;

import java.util.Locale;

/**
 * How much a broken rule weighs: a reject keeps the row out of the catalog; a warning and an information are
 * published with it, and never change the exit code.
 */
public enum RuleLevel {
    /** The row is rejected ({@code rejet}). */
    ERROR,
    /** The row is published, but a person should look at it ({@code avertissement}). */
    WARNING,
    /** The row is published; the report says what the import did on its own ({@code information}). */
    INFO;

    /** How the level is stored: {@code error}, {@code warning}, {@code info}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message key of the level's name in reports ({@code rejet}, {@code avertissement}, {@code information}). */
    public String messageKey() {
        return "level." + code();
    }

    static RuleLevel ofCode(String code) {
        return code == null ? ERROR : valueOf(code.toUpperCase(Locale.ROOT));
    }
}
