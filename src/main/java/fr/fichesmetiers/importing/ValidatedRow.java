package fr.fichesmetiers.importing;

import java.util.List;

import fr.fichesmetiers.fiche.Fiche;

/**
 * A row after validation: a valid fiche (without its FAQ yet), or the rules it breaks.
 *
 * @param ficheId the row's id when it is well formed, even if the row is rejected (to keep its previous version)
 * @param fieldsHash the hash of the valid fiche's own fields (see {@code FicheHash.fields}), once computed
 */
record ValidatedRow(int line, String ficheId, Fiche fiche, String fieldsHash, List<Violation> violations) {

    boolean valid() {
        return fiche != null;
    }

    /** The same row, with more warnings or informations to report with it. */
    ValidatedRow withNotes(List<Violation> notes) {
        if (notes.isEmpty()) {
            return this;
        }
        List<Violation> all = new java.util.ArrayList<>(violations);
        all.addAll(notes);
        return new ValidatedRow(line, ficheId, fiche, fieldsHash, List.copyOf(all));
    }

    ValidatedRow withFieldsHash(String hash) {
        return new ValidatedRow(line, ficheId, fiche, hash, violations);
    }
}
