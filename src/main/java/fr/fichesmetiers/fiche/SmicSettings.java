package fr.fichesmetiers.fiche;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.env.Environment;

/**
 * The SMIC table of the configuration, {@code fiches.import.smic}: a map from the day a value came into force
 * ({@code "[2026-06-01]"}) to the monthly gross for 35 h. Spring Boot merges a map across configuration files, so an
 * office's own {@code application.yml} adds the next value without repeating the bundled ones (and replaces one by
 * giving its date again).
 *
 * @param smic ISO date → monthly gross in euros
 */
@ConfigurationProperties("fiches.import")
record SmicSettings(Map<String, BigDecimal> smic) {

    /** Single, undated minimums of release 0.1: an undated amount has no place in a dated table. */
    static final String[] OBSOLETE = {"fiches.import.minimum-monthly-wage", "fiches.brochure.minimum-monthly-wage"};

    SmicSettings {
        smic = smic == null ? Map.of() : Map.copyOf(smic);
    }

    /**
     * The table configured, or the bundled one when the configuration has none.
     *
     * @throws IllegalStateException when a key is not a date or an amount not positive, with a message saying which
     */
    SmicTable table() {
        if (smic.isEmpty()) {
            return SmicTable.bundled();
        }
        TreeMap<LocalDate, BigDecimal> values = new TreeMap<>();
        smic.forEach((day, amount) -> {
            try {
                values.put(LocalDate.parse(day.strip()), amount);
            }
            catch (DateTimeParseException e) {
                throw new IllegalStateException("fiches.import.smic : « " + day + " » n'est pas une date AAAA-MM-JJ"
                        + " (ex. \"[2026-06-01]\": 1867.02) / not a date YYYY-MM-DD");
            }
            if (amount == null || amount.signum() <= 0) {
                throw new IllegalStateException("fiches.import.smic." + day + " : montant invalide « " + amount
                        + " » (brut mensuel en euros, ex. 1867.02) / not a monthly gross amount");
            }
        });
        return SmicTable.of(values);
    }

    /**
     * Refuses to start with a setting of release 0.1 still in the configuration: honouring it would keep an
     * out-of-date minimum without a date to print, ignoring it would drop an amount someone chose (Mayotte's SMIC,
     * say). One line of {@code fiches.import.smic} replaces it.
     *
     * @throws IllegalStateException naming the setting and what to write instead
     */
    static void refuseObsolete(Environment environment) {
        for (String name : OBSOLETE) {
            if (environment.containsProperty(name)) {
                throw new IllegalStateException(name + " (" + environment.getProperty(name) + ") n'est plus lu :"
                        + " le SMIC est une table datée, fiches.import.smic, qui donne chaque montant avec le jour de"
                        + " son entrée en vigueur. Remplacez ce réglage par une ligne de la table, par ex."
                        + " fiches.import.smic: {\"[2026-06-01]\": 1867.02} (README, Configuration) / " + name
                        + " is no longer read: write the amount in the dated table fiches.import.smic instead");
            }
        }
    }
}
