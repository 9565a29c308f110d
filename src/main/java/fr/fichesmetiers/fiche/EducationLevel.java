package fr.fichesmetiers.fiche;

import java.util.Map;
import java.util.Optional;

/** Education level required, in increasing order; the rank follows the 2019 national framework (niveau 3–8). */
public enum EducationLevel {
    SANS_DIPLOME(2, "Sans diplôme", "Aucun diplôme", "No diploma"),
    // "CAP ou équivalent", "Bac ou équivalent": how ONISEP's open data writes the same levels (issue 12).
    CAP_BEP(3, "CAP/BEP", "CAP", "BEP", "CAP ou équivalent"),
    BAC(4, "Bac", "Baccalauréat", "Bac ou équivalent"),
    BAC_2(5, "Bac+2"),
    BAC_3(6, "Bac+3"),
    BAC_5(7, "Bac+5"),
    BAC_8(8, "Bac+8");

    private final int frameworkLevel;
    private final String[] spellings;

    private static final Map<String, EducationLevel> BY_SPELLING = Vocabulary.index(values(), value -> value.spellings);

    EducationLevel(int frameworkLevel, String... spellings) {
        this.frameworkLevel = frameworkLevel;
        this.spellings = spellings;
    }

    /** The level in the national certification framework (décret 2019-14), used to sort. */
    public int frameworkLevel() {
        return frameworkLevel;
    }

    /** The label administrators write, such as {@code Bac+5}. */
    public String label() {
        return spellings[0];
    }

    public String messageKey() {
        return Vocabulary.messageKey(this);
    }

    /** Accepts {@code Bac+5}, {@code Bac + 5}, {@code bac+5}, {@code BAC+5}. */
    public static Optional<EducationLevel> parse(String text) {
        return Vocabulary.find(BY_SPELLING, text);
    }
}
