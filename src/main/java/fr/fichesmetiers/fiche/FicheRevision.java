package fr.fichesmetiers.fiche;

/** A profile's content with its hash: the unit the catalog stores and versions share. */
public record FicheRevision(Fiche fiche, String contentHash) {

    public static FicheRevision of(Fiche fiche) {
        return new FicheRevision(fiche, FicheHash.of(fiche));
    }

    public String id() {
        return fiche.id();
    }
}
