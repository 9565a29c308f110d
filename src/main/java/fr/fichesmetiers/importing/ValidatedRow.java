package fr.fichesmetiers.importing;

import java.util.List;

import fr.fichesmetiers.fiche.Fiche;

/**
 * A row after validation: a valid fiche (without its FAQ yet), or the rules it breaks.
 *
 * @param ficheId the row's id when it is well formed, even if the row is rejected (to keep its previous version)
 */
record ValidatedRow(int line, String ficheId, Fiche fiche, List<Violation> violations) {

    boolean valid() {
        return fiche != null;
    }
}
