package fr.fichesmetiers.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import fr.fichesmetiers.JobFunctionalTestSupport;
import fr.fichesmetiers.TestCatalogs;
import fr.fichesmetiers.fiche.EducationLevel;
import fr.fichesmetiers.fiche.Employability;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.fiche.Section;

/** Imports from ONISEP's XML and from Excel workbooks, through the same job, rules and publication as CSV. */
class ImportSourcesFunctionalTests extends JobFunctionalTestSupport {

    static final Path ONISEP = TestCatalogs.FIXTURES.resolve("onisep");

    @Autowired
    ImportResults results;

    @BeforeEach
    void emptyCatalog() {
        startOver();
        jdbc.update("DELETE FROM onisep_profile");
    }

    ImportResult run(Path input, String maxRejects, boolean force) throws Exception {
        return results.of(jobs.startJob(new ImportRequest(input, null, null, maxRejects, force, false, "fr",
                LocalDateTime.now(), null).toJobParameters()));
    }

    Fiche fiche(String id) {
        return catalog.fiche(catalog.currentVersion().orElseThrow().id(), id).orElseThrow();
    }

    List<String> publishedIds() {
        return catalog.summaries(catalog.currentVersion().orElseThrow().id(), null).stream().map(FicheSummary::id)
                .toList();
    }

    @Test
    void publishesOnisepsRecordsWithTheirGapsAndRejectsTheOneWithoutRomeCode() throws Exception {
        ImportResult result = run(ONISEP.resolve("Onisep_Ideo_Fiches_metiers_01022025.xml"), "50%", false);
        assertThat(result.published()).isTrue();
        assertThat(result.encoding()).isEqualTo("onisep");
        assertThat(result.unknownColumns()).isEmpty();
        assertThat(result.rowsRead()).isEqualTo(5);
        assertThat(result.rowsRejected()).isEqualTo(1);
        assertThat(result.firstRejects()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(RuleCode.REQUIRED);
            assertThat(v.column()).isEqualTo("code_rome");
            assertThat(v.file()).isEqualTo("Onisep_Ideo_Fiches_metiers_01022025.xml");
            assertThat(v.line()).isEqualTo(112);
        });
        assertThat(publishedIds()).containsExactlyInAnyOrder("animateur-nature", "animateur-nature-105",
                "garde-forestier", "frigoriste");
        Fiche nature = fiche("animateur-nature");
        assertThat(nature.title()).isEqualTo("animateur nature");
        assertThat(nature.guide()).isEqualTo("Transition écologique");
        assertThat(nature.rome().code()).isEqualTo("G1202");
        assertThat(nature.educationLevel()).contains(EducationLevel.BAC_2);
        assertThat(nature.salary().starting().orElseThrow()).isEqualByComparingTo("1950");
        assertThat(nature.salary().experienced()).isEmpty();
        assertThat(nature.employability()).isEmpty();
        assertThat(nature.section(Section.SKILLS)).contains("\n- savoir animer un groupe dehors.");
        // The ODbL's attribution and ONISEP's details travel with the profile.
        assertThat(nature.details().source().orElseThrow()).contains("ONISEP", "01/02/2025", "ODbL");
        assertThat(nature.details().feminineTitle()).contains("animatrice nature");
        assertThat(nature.details().formations()).hasSize(2);
        assertThat(nature.details().relatedProfessions()).containsExactly("garde-forestier", "guide de montagne");
        assertThat(nature.details().links()).singleElement().satisfies(link -> assertThat(link.url())
                .isEqualTo("https://www.example.org/reseau-nature"));
        assertThat(nature.details().factsDate()).contains(java.time.LocalDate.of(2025, 2, 1));
        Fiche garde = fiche("garde-forestier");
        assertThat(garde.salary().starting()).isEmpty();
        assertThat(fiche("frigoriste").educationLevel()).isEmpty();
    }

    @Test
    void importingTheNextEditionUpdatesTheSameProfilesEvenRenamed() throws Exception {
        run(ONISEP.resolve("Onisep_Ideo_Fiches_metiers_01022025.xml"), "50%", false);
        ImportResult june = run(ONISEP.resolve("Onisep_Ideo_Fiches_metiers_01062025.xml"), "", true);
        assertThat(june.published()).isTrue();
        assertThat(june.changes().added()).isZero();
        assertThat(june.changes().changed()).isEqualTo(2);
        assertThat(publishedIds()).containsExactlyInAnyOrder("animateur-nature", "garde-forestier");
        assertThat(fiche("animateur-nature").title()).isEqualTo("animateur nature et environnement");
        assertThat(jdbc.queryForObject("SELECT fiche_id FROM onisep_profile WHERE onisep_id = 'MET.101'",
                String.class)).isEqualTo("animateur-nature");
    }

    /**
     * The CSV fixture as a workbook with sheets fiches and faq, typed as an office types it: salaries as numbers,
     * an experienced salary as a formula, a hidden row, the guide of two rows in one merged cell.
     */
    private static Path workbookOfTheCsvFixture(Path file) throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet fiches = TestWorkbooks.sheetOf(workbook, "fiches", CSV.resolve("fiches.csv"));
        TestWorkbooks.sheetOf(workbook, "faq", CSV.resolve("faq.csv"));
        // Rows 4 and 5 are the two Santé profiles; J is the starting salary, K the experienced one.
        fiches.getRow(3).getCell(9).setCellValue(2150.50);
        fiches.getRow(2).getCell(9).setCellValue(2300);
        fiches.getRow(4).getCell(10).setCellFormula("J5+500");
        fiches.getRow(4).getCell(9).setCellValue(1900);
        fiches.getRow(4).removeCell(fiches.getRow(4).getCell(2));
        fiches.addMergedRegion(CellRangeAddress.valueOf("C4:C5"));
        fiches.getRow(6).setZeroHeight(true);
        return TestWorkbooks.write(workbook, file);
    }

    static final Path CSV = TestCatalogs.FIXTURES.resolve("utf8-bom");

    @Test
    void importsAWorkbookWithSheetsFichesAndFaqAsItsCsvFilesImport(@TempDir Path folder) throws Exception {
        ImportResult result = run(workbookOfTheCsvFixture(folder.resolve("catalogue.xlsx")), "", false);
        assertThat(result.exitCode()).isZero();
        assertThat(result.encoding()).isEqualTo("xlsx");
        assertThat(result.faqFile()).isEqualTo("catalogue.xlsx");
        assertThat(result.unknownColumns()).isEmpty();
        assertThat(publishedIds()).hasSize(6);
        Fiche nurse = fiche("infirmier-en-soins-generaux");
        assertThat(nurse.salary().starting().orElseThrow()).isEqualByComparingTo("2150.50");
        Fiche carer = fiche("aide-soignant");
        assertThat(carer.guide()).isEqualTo("Santé");
        assertThat(carer.salary().experienced().orElseThrow()).isEqualByComparingTo("2400");
        assertThat(fiche("developpeur-back-end").faq()).hasSize(3);
        // The hidden row is imported like the others.
        assertThat(publishedIds()).contains("conseiller-energie");
        // The same content as from the CSV files: importing them changes nothing.
        ImportResult csv = run(CSV, "", false);
        assertThat(csv.changes().unchanged()).isEqualTo(6);
    }

    @Test
    void importsAFolderHoldingFichesXlsxAndFaqXlsx(@TempDir Path folder) throws Exception {
        XSSFWorkbook fiches = new XSSFWorkbook();
        TestWorkbooks.sheetOf(fiches, "Feuil1", CSV.resolve("fiches.csv"));
        TestWorkbooks.write(fiches, folder.resolve("fiches.xlsx"));
        XSSFWorkbook faq = new XSSFWorkbook();
        TestWorkbooks.sheetOf(faq, "Feuil1", CSV.resolve("faq.csv"));
        TestWorkbooks.write(faq, folder.resolve("faq.xlsx"));
        ImportResult result = run(folder, "", false);
        assertThat(result.exitCode()).isZero();
        assertThat(result.faqFile()).isEqualTo("faq.xlsx");
        assertThat(fiche("developpeur-back-end").faq()).hasSize(3);
    }

    @Test
    void namesTheSpreadsheetsRowNumberInRejects(@TempDir Path folder) throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = TestWorkbooks.sheetOf(workbook, "fiches", CSV.resolve("fiches.csv"));
        // Two blank rows above the header, and a wrong ROME code on the third profile.
        sheet.shiftRows(0, sheet.getLastRowNum(), 2);
        sheet.getRow(5).getCell(3).setCellValue("M18O2");
        ImportResult result = run(TestWorkbooks.write(workbook, folder.resolve("fiches.xlsx")), "50%", false);
        assertThat(result.firstRejects()).singleElement().satisfies(v -> {
            assertThat(v.file()).isEqualTo("fiches.xlsx");
            assertThat(v.line()).isEqualTo(6);
            assertThat(v.rule()).isEqualTo(RuleCode.ROME_FORMAT);
        });
    }

    @Test
    void refusesAnExcel97WorkbookSayingToSaveItAsXlsx(@TempDir Path folder) throws Exception {
        Path xls = folder.resolve("fiches.xls");
        try (HSSFWorkbook old = new HSSFWorkbook(); var out = Files.newOutputStream(xls)) {
            old.createSheet("fiches").createRow(0).createCell(0).setCellValue("identifiant");
            old.write(out);
        }
        ImportResult result = run(xls, "", false);
        assertThat(result.published()).isFalse();
        assertThat(result.refusalRule()).isEqualTo(RuleCode.FILE_FORMAT);
        assertThat(result.refusalMessage()).contains("fiches.xls", "97-2003", ".xlsx");
    }

    @Test
    void refusesAPasswordProtectedWorkbookSayingHowToRemoveThePassword(@TempDir Path folder) throws Exception {
        Path plain = workbookOfTheCsvFixture(folder.resolve("plain.xlsx"));
        Path locked = folder.resolve("fiches.xlsx");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OPCPackage pkg = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                    var out = encryptor.getDataStream(fs)) {
                pkg.save(out);
            }
            try (var out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        ImportResult result = run(locked, "", false);
        assertThat(result.refusalRule()).isEqualTo(RuleCode.FILE_FORMAT);
        assertThat(result.refusalMessage()).contains("fiches.xlsx", "mot de passe");
    }

    ImportResult update(Path file, String maxRejects, boolean keepUpdates) throws Exception {
        return results.of(jobs.startJob(new ImportRequest(file, null, null, maxRejects, keepUpdates, false, "fr",
                LocalDateTime.now(), null, null, !keepUpdates, keepUpdates).toJobParameters()));
    }

    @Test
    void anUpdateChangesOnlyItsCellsOfThePublishedProfilesAndRejectsAnUnknownId(@TempDir Path folder)
            throws Exception {
        run(CSV, "", false);
        Fiche before = fiche("aide-soignant");
        Path file = Files.writeString(folder.resolve("complements.csv"), "identifiant;salaire_experimente;employabilite\r\n"
                + "aide-soignant;2 600;Moyenne\r\n" + "metier-inconnu;3000;\r\n" + "analyste-soc;abc;\r\n");
        ImportResult result = update(file, "100%", false);
        assertThat(result.published()).isTrue();
        assertThat(result.changes().changed()).isEqualTo(1);
        assertThat(result.changes().kept()).isEqualTo(5);
        assertThat(result.changes().retired()).isZero();
        assertThat(result.ruleCounts()).containsEntry(RuleCode.UPDATE_UNKNOWN_PROFILE, 1)
                .containsEntry(RuleCode.SALARY_FORMAT, 1);
        Fiche after = fiche("aide-soignant");
        assertThat(after.salary().experienced().orElseThrow()).isEqualByComparingTo("2600");
        assertThat(after.employability()).contains(Employability.MOYENNE);
        assertThat(after.withFaq(List.of())).usingRecursiveComparison()
                .ignoringFields("salary", "employability", "faq").isEqualTo(before.withFaq(List.of()));
        assertThat(after.faq()).isEqualTo(before.faq());
        assertThat(fiche("developpeur-back-end").faq()).hasSize(3);
        assertThat(jdbc.queryForList("SELECT column_name FROM fiche_overlay WHERE fiche_id = 'aide-soignant'"
                + " ORDER BY column_name", String.class)).containsExactly("employabilite", "salaire_experimente");
    }

    @Test
    void aFullImportKeepsTheUpdatesOnlyWhenAsked(@TempDir Path folder) throws Exception {
        run(ONISEP.resolve("Onisep_Ideo_Fiches_metiers_01022025.xml"), "50%", false);
        Path file = Files.writeString(folder.resolve("complements.csv"),
                "identifiant;employabilite;mobilite;salaire_experimente\r\ngarde-forestier;Élevée;Bonne;2 700\r\n");
        assertThat(update(file, "", false).changes().changed()).isEqualTo(1);
        assertThat(fiche("garde-forestier").employability()).contains(Employability.ELEVEE);
        ImportResult kept = update(ONISEP.resolve("Onisep_Ideo_Fiches_metiers_01062025.xml"), "", true);
        assertThat(kept.published()).isTrue();
        assertThat(fiche("garde-forestier").employability()).contains(Employability.ELEVEE);
        assertThat(fiche("garde-forestier").salary().experienced().orElseThrow()).isEqualByComparingTo("2700");
        run(ONISEP.resolve("Onisep_Ideo_Fiches_metiers_01022025.xml"), "50%", true);
        assertThat(fiche("garde-forestier").employability()).isEmpty();
    }

    @Test
    void aFilledTemplateImportsBackAsItIsAndSoDoesItsCsvForm(@TempDir Path folder) throws Exception {
        Path workbook = folder.resolve("modele-fiches.xlsx");
        TemplateWriter.xlsx(workbook, fr.fichesmetiers.fiche.ReferenceCodes.bundled(),
                fr.fichesmetiers.support.Messages.forLanguage("fr"));
        ImportResult result = run(workbook, "", false);
        assertThat(result.exitCode()).isZero();
        assertThat(result.unknownColumns()).isEmpty();
        Fiche example = fiche("developpeur-back-end");
        assertThat(example.salary().starting().orElseThrow()).isEqualByComparingTo("2300");
        assertThat(example.faq()).hasSize(1);
        assertThat(example.details().feminineTitle()).contains("Développeuse back-end");
        Path csv = folder.resolve("modele-fiches.csv");
        TemplateWriter.csv(csv, fr.fichesmetiers.support.Messages.forLanguage("fr"));
        ImportResult again = run(csv, "", true);
        assertThat(again.exitCode()).isZero();
        // The CSV form has no FAQ sheet: only the FAQ differs.
        assertThat(fiche("developpeur-back-end").withFaq(List.of())).isEqualTo(example.withFaq(List.of()));
    }

    @Test
    void recognisesOnisepsFileByItsContentWhateverItsName(@TempDir Path folder) throws Exception {
        Path renamed = Files.copy(ONISEP.resolve("Onisep_Ideo_Fiches_metiers_01022025.xml"),
                folder.resolve("fiches.csv"));
        ImportResult result = run(renamed, "50%", false);
        assertThat(result.published()).isTrue();
        assertThat(result.encoding()).isEqualTo("onisep");
        assertThat(publishedIds()).hasSize(4);
    }

    @Test
    void reportsWhatOnisepsMappingDidWithAValueAsAWarningOrAnInformationOfThePublishedProfile() throws Exception {
        String file = "Onisep_Ideo_Fiches_metiers_01022025.xml";
        ImportResult result = run(ONISEP.resolve(file), "50%", false);
        assertThat(result.published()).isTrue();
        assertThat(result.rowsRejected()).isEqualTo(1);
        assertThat(result.ruleCounts()).containsEntry(RuleCode.SALARY_BELOW_SMIC_DROPPED, 1)
                .containsEntry(RuleCode.EDUCATION_LEVEL_NEAREST, 1).containsEntry(RuleCode.EDUCATION_LEVEL_DROPPED, 1);
        List<org.apache.commons.csv.CSVRecord> report;
        try (var in = Files.newBufferedReader(Path.of(result.reportPath()), java.nio.charset.StandardCharsets.UTF_8)) {
            report = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(in).getRecords();
        }
        // At the line where the <metier> starts, as the reject of the record without a ROME code (line 112).
        assertThat(report).extracting(r -> String.join(";", r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(6)))
                .contains(file + ";90;niveau_etudes;Bac + 4;EDUCATION_LEVEL_NEAREST;information",
                        file + ";90;salaire_debutant;1500;SALARY_BELOW_SMIC_DROPPED;avertissement",
                        file + ";123;niveau_etudes;autre formation;EDUCATION_LEVEL_DROPPED;avertissement",
                        file + ";112;code_rome;;REQUIRED;rejet");
        assertThat(report).filteredOn(r -> r.get(4).equals("SALARY_BELOW_SMIC_DROPPED")).singleElement()
                .satisfies(r -> assertThat(r.get(5)).contains("1\u202F500", "inférieur au SMIC en vigueur depuis le"));
        assertThat(report).filteredOn(r -> r.get(4).equals("EDUCATION_LEVEL_NEAREST")).singleElement()
                .satisfies(r -> assertThat(r.get(5)).contains("« Bac + 4 »", "« Bac+3 »"));
        // Never a reject: both profiles are published, with the nearest level and without the old salary.
        assertThat(publishedIds()).contains("garde-forestier", "frigoriste");
        assertThat(fiche("garde-forestier").educationLevel()).contains(EducationLevel.BAC_3);
        assertThat(fiche("garde-forestier").salary().starting()).isEmpty();
        assertThat(fiche("frigoriste").educationLevel()).isEmpty();
    }
}
