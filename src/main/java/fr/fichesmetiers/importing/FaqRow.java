package fr.fichesmetiers.importing;

import java.util.List;

/** A row of {@code faq.csv} after validation: its pair, or the rules it breaks. */
record FaqRow(int line, String ficheId, String question, String answer, List<Violation> violations) {

    boolean valid() {
        return violations.isEmpty();
    }
}
