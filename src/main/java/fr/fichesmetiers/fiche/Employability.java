package fr.fichesmetiers.fiche;

import java.util.Map;
import java.util.Optional;

/** How easily a newcomer finds a job, on a four-step scale. */
public enum Employability {
    FAIBLE("Faible", "Low"),
    MOYENNE("Moyenne", "Medium"),
    ELEVEE("Élevée", "High"),
    TRES_ELEVEE("Très élevée", "Very high");

    private final String[] spellings;

    private static final Map<String, Employability> BY_SPELLING = Vocabulary.index(values(), value -> value.spellings);

    Employability(String... spellings) {
        this.spellings = spellings;
    }

    public String label() {
        return spellings[0];
    }

    /** 1 to 4, for gauges and sorting. */
    public int step() {
        return ordinal() + 1;
    }

    public String messageKey() {
        return Vocabulary.messageKey(this);
    }

    /** Accepts the labels with or without accents ({@code Elevee}) and in any case. */
    public static Optional<Employability> parse(String text) {
        return Vocabulary.find(BY_SPELLING, text);
    }
}
