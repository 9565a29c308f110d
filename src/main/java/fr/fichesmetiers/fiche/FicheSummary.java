package fr.fichesmetiers.fiche;

/** The key facts of a profile without its long texts: what tables and workbooks list. */
public record FicheSummary(String id, String contentHash, String title, String guide, RomeCode rome, FapCode fap,
        EducationLevel educationLevel, String recommendedBac, Employability employability, Mobility mobility,
        SalaryRange salary) {
}
