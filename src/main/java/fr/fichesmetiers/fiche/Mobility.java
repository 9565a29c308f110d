package fr.fichesmetiers.fiche;

import java.util.Map;
import java.util.Optional;

/** How easily a professional can move between employers, sectors or regions, on a four-step scale. */
public enum Mobility {
    FAIBLE("Faible", "Low"),
    MOYENNE("Moyenne", "Medium"),
    BONNE("Bonne", "Good"),
    TRES_BONNE("Très bonne", "Very good");

    private final String[] spellings;

    private static final Map<String, Mobility> BY_SPELLING = Vocabulary.index(values(), value -> value.spellings);

    Mobility(String... spellings) {
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

    public static Optional<Mobility> parse(String text) {
        return Vocabulary.find(BY_SPELLING, text);
    }
}
