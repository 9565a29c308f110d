package fr.fichesmetiers.comparison;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import fr.fichesmetiers.fiche.EducationLevel;
import fr.fichesmetiers.fiche.Employability;
import fr.fichesmetiers.fiche.FapCode;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.fiche.Mobility;
import fr.fichesmetiers.fiche.RomeCode;
import fr.fichesmetiers.fiche.RomeVersion;
import fr.fichesmetiers.fiche.SalaryRange;
import fr.fichesmetiers.fiche.SampleFiches;
import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.support.Messages;

/**
 * Eighteen professions of three guides as a counselor compares them, some with gaps (no experienced salary, no
 * level, no employability), one with cents (2 150,50 €), and ONISEP-like profiles naming their source and date.
 */
final class WorkbookSamples {

    static final SmicTable.Entry SMIC = new SmicTable.Entry(LocalDate.of(2026, 6, 1), new BigDecimal("1867.02"));

    static final String ONISEP = "ONISEP, Idéo-Fiches métiers, 2024, licence ODbL";

    private WorkbookSamples() {
    }

    static List<ComparisonRow> professions() {
        List<ComparisonRow> rows = new ArrayList<>();
        rows.add(row("analyste-soc", "Analyste SOC", "Cybersécurité", EducationLevel.BAC_3, "2400", "3900"));
        rows.add(row("developpeur-back-end", "Développeur back-end", "Cybersécurité", EducationLevel.BAC_5, "2150.50",
                "4000"));
        rows.add(row("pentesteur", "Pentesteur", "Cybersécurité", EducationLevel.BAC_5, "2600", "4800"));
        rows.add(row("rssi", "Responsable de la sécurité des systèmes d'information", "Cybersécurité",
                EducationLevel.BAC_5, "3800", "7500"));
        rows.add(row("technicien-support", "Technicien support informatique", "Cybersécurité", EducationLevel.BAC_2,
                "1900", "2500"));
        rows.add(row("administrateur-reseaux", "Administrateur systèmes et réseaux", "Cybersécurité",
                EducationLevel.BAC_3, "2300", null));
        rows.add(row("agent-hospitalier", "Agent de service hospitalier", "Santé", EducationLevel.SANS_DIPLOME, "1870",
                "2050"));
        rows.add(row("aide-soignant", "Aide-soignant", "Santé", EducationLevel.CAP_BEP, "1900", "2400"));
        rows.add(row("infirmier", "Infirmier", "Santé", EducationLevel.BAC_3, "2200", "3200"));
        rows.add(row("medecin", "Médecin généraliste", "Santé", EducationLevel.BAC_8, "4500", "8000"));
        rows.add(row("kine", "Masseur-kinésithérapeute", "Santé", EducationLevel.BAC_5, "2100", "3600"));
        rows.add(withGaps());
        rows.add(row("technicien-eolien", "Technicien de maintenance éolienne", "Transition écologique",
                EducationLevel.BAC_2, "2200", "3400"));
        rows.add(row("conseiller-energie", "Conseiller en rénovation énergétique", "Transition écologique",
                EducationLevel.BAC_2, "1950", "2800"));
        rows.add(row("ingenieur-environnement", "Ingénieur environnement", "Transition écologique",
                EducationLevel.BAC_5, "2900", "4700"));
        rows.add(row("agent-tri", "Agent de tri des déchets", "Transition écologique", EducationLevel.CAP_BEP, "1880",
                "2100"));
        rows.add(row("paysagiste", "Jardinier paysagiste", "Transition écologique", EducationLevel.CAP_BEP, null,
                null));
        rows.add(row("charge-mission", "Chargé de mission biodiversité", "Transition écologique", null, "2300",
                "3300"));
        return rows;
    }

    /** The profile of {@link SampleFiches#withGaps()}: no FAP, employability, mobility or experienced salary. */
    static ComparisonRow withGaps() {
        var fiche = SampleFiches.withGaps();
        return new ComparisonRow(FicheSummary.of(fiche, "h"), "Soins d'hygiène, de confort du patient", "",
                "../brochures/sante/" + fiche.id() + ".pdf", fiche.details().source(), fiche.details().factsDate());
    }

    static ComparisonRow row(String id, String title, String guide, EducationLevel level, String starting,
            String experienced) {
        boolean complete = experienced != null && level != null;
        FicheSummary summary = new FicheSummary(id, "h", title, guide, new RomeCode("M1802"), RomeVersion.V3,
                Optional.of(new FapCode("M2Z")), Optional.ofNullable(level), Optional.of("Général"),
                complete ? Optional.of(Employability.ELEVEE) : Optional.empty(), Optional.of(Mobility.BONNE),
                SalaryRange.of(starting == null ? null : new BigDecimal(starting),
                        experienced == null ? null : new BigDecimal(experienced)));
        return new ComparisonRow(summary, "Expertise et support en systèmes d'information",
                "Ingénieurs de l'informatique", "../brochures/" + guide.toLowerCase() + "/" + id + ".pdf",
                id.startsWith("agent") ? Optional.of(ONISEP) : Optional.empty(),
                id.startsWith("agent") ? Optional.of(LocalDate.of(2024, 6, 25)) : Optional.empty());
    }

    static byte[] bytes(List<ComparisonRow> rows, String language, int threshold, String site) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ComparisonWorkbookWriter(Messages.forLanguage(language), new java.awt.Color(0x1F, 0x4E, 0x79), threshold)
                .write(rows, new WorkbookInfo(ComparisonWorkbookWriterTests.VERSION, null,
                        LocalDateTime.of(2026, 12, 2, 3, 0), SMIC, site), out);
        return out.toByteArray();
    }

    static XSSFWorkbook write(List<ComparisonRow> rows, String language, int threshold) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes(rows, language, threshold, null)));
    }
}
