package fr.fichesmetiers.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The command line as a user runs it: real files, a file database, printed output and exit codes. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandLineFunctionalTests {

    private static Path dataDir;
    private static Path reports;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void isolatedDataDirectory() throws Exception {
        dataDir = Files.createTempDirectory("cli-data");
        reports = Files.createTempDirectory("cli-reports");
        System.setProperty("fiches.data-dir", dataDir.toString());
        System.setProperty("fiches.import.report-directory", reports.toString());
    }

    @AfterAll
    static void restoreProperties() {
        System.clearProperty("fiches.data-dir");
        System.clearProperty("fiches.import.report-directory");
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    @Order(1)
    void listBeforeAnyImportSaysWhatToDo() {
        Run run = cli("list");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Aucun catalogue publié : lancez d'abord « import ».");
    }

    @Test
    @Order(2)
    void importPrintsTheDetectedFormatAndWhatWasPublished() {
        Run run = cli("import", "src/test/resources/fixtures/windows1252");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Fichier fiches.csv : encodage windows-1252, séparateur « ; »")
                .contains("Catalogue publié : version 1, 6 fiche(s)")
                .contains("ajoutées 6 · modifiées 0 · inchangées 0 · conservées 0 · retirées 0");
        assertThat(run.err()).isEmpty();
    }

    @Test
    @Order(3)
    void importWithRejectedRowsExitsThreeAndNamesFileLineColumnAndRule() {
        Run run = cli("import", "src/test/resources/fixtures/bad-rows", "--max-rejects", "100%", "--force");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("fiches.csv, ligne 12, code_rome : « M18O2 » n'est pas un code ROME")
                .contains("[ROME_FORMAT]").contains("Rapport des rejets : " + reports);
        assertThat(run.out()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @Order(4)
    void listShowsThePublishedCatalogAsATable() {
        Run run = cli("list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Catalogue version 2").containsPattern(
                "developpeur-back-end\\s+Développeur back-end\\s+Cybersécurité\\s+M1802\\s+Bac\\+5\\s+2 000\u00A0€\\s+4 000\u00A0€");
        assertThat(cli("list", "--guide", "santé").out()).contains("infirmier-en-soins-generaux")
                .doesNotContain("developpeur-back-end");
        assertThat(cli("list", "--version", "1").out()).contains("6 fiche(s)");
    }

    @Test
    @Order(5)
    void showPrintsOneProfileInFull() {
        Run run = cli("show", "developpeur-back-end", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("DÉVELOPPEUR BACK-END").contains("M1802 Expertise et support en systèmes")
                .contains("Summary").contains("Frequently asked questions").contains("• Rigueur");
        assertThat(cli("show", "inconnu").err()).contains("Aucune fiche « inconnu »");
    }

    @Test
    @Order(6)
    void refusedFileExitsOneAndKeepsTheCatalog() {
        Run run = cli("import", "src/test/resources/fixtures/missing-column");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("IMPORT REFUSÉ [HEADER_MISSING_COLUMN]")
                .contains("Rien n'a été publié : le catalogue reste tel qu'il était.");
        assertThat(cli("list").out()).contains("Catalogue version 2");
    }

    @Test
    @Order(7)
    void wrongUsageExitsTwoWithOneLineAndTheUsage() {
        Run run = cli("import", "--max-rejects", "beaucoup");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElseThrow())
                .isEqualTo("--max-rejects : « beaucoup » n'est ni un nombre (25) ni un pourcentage (10%)");
        assertThat(run.err()).contains("Usage : fiches-metiers import");
        assertThat(cli("frobnicate").exitCode()).isEqualTo(2);
        assertThat(cli("import", "--delimiter", "x").exitCode()).isEqualTo(2);
        assertThat(cli("import", "--encoding", "klingon").exitCode()).isEqualTo(2);
    }

    @Test
    @Order(8)
    void helpAndVersionNeedNoDatabase() {
        Run help = cli();
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Commandes :").contains("Exemples :").contains("Codes de sortie :")
                .contains("Affiche l'aide d'une commande").doesNotContain("Display help");
        assertThat(cli("--version").out()).startsWith("fiches-metiers");
        assertThat(cli("help", "import").out()).contains("--max-rejects");
    }

    @Test
    @Order(9)
    void aSecondRunWhileTheLockIsHeldExitsFour() throws Exception {
        try (RunLock lock = RunLock.acquire(dataDir, "import en cours")) {
            Run run = cli("import", "src/test/resources/fixtures/utf8-bom");
            assertThat(run.exitCode()).isEqualTo(4);
            assertThat(run.err()).contains("import en cours");
        }
    }
}
