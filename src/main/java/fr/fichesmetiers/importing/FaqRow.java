package fr.fichesmetiers.importing;

import java.util.List;

/**
 * A row of {@code faq.csv} after validation: its pair and the pair's hash (see {@code FicheHash.entry}), or the
 * rules it breaks.
 */
record FaqRow(int line, String ficheId, String question, String answer, String hash, List<Violation> violations) {

    boolean valid() {
        return violations.isEmpty();
    }
}
