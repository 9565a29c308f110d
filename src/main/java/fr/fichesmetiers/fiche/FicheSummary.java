package fr.fichesmetiers.fiche;

import java.util.Optional;

/**
 * The key facts of a profile without its long texts: what tables and workbooks list. Unknown facts are empty, as
 * in {@link Fiche}.
 */
public record FicheSummary(String id, String contentHash, String title, String guide, RomeCode rome,
        RomeVersion romeVersion, Optional<FapCode> fap, Optional<EducationLevel> educationLevel,
        Optional<String> recommendedBac, Optional<Employability> employability, Optional<Mobility> mobility,
        SalaryRange salary) {

    /** The summary of a profile whose content has that hash. */
    public static FicheSummary of(Fiche fiche, String contentHash) {
        return new FicheSummary(fiche.id(), contentHash, fiche.title(), fiche.guide(), fiche.rome(),
                fiche.romeVersion(), fiche.fap(), fiche.educationLevel(), fiche.recommendedBac(),
                fiche.employability(), fiche.mobility(), fiche.salary());
    }
}
