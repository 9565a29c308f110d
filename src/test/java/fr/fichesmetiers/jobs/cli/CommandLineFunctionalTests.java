package fr.fichesmetiers.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.fichesmetiers.FichesMetiersApplication;
import fr.fichesmetiers.TestDatabases;
import fr.fichesmetiers.jobs.CliProcess;
import fr.fichesmetiers.jobs.run.DataDirectory;
import fr.fichesmetiers.jobs.run.RunLock;

/**
 * The command line as a user runs it: real files, a file database, printed output and exit codes. Each test has
 * its own data directory and report folder, given as Boot arguments: no test depends on another or on its order.
 */
class CommandLineFunctionalTests {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    private Path dataDir() {
        return dir.resolve("data");
    }

    private Path reports() {
        return dir.resolve("reports");
    }

    Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> boot = new ArrayList<>(List.of("--fiches.data-dir=" + dataDir(),
                "--fiches.import.report-directory=" + reports()));
        boot.addAll(TestDatabases.forFolder(dir).bootArguments());
        int code = new CommandLineApp(FichesMetiersApplication.class, boot.toArray(String[]::new))
                .run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Publishes the six profiles of the Windows-1252 fixture as version 1. */
    private void published() {
        Run run = cli("import", "src/test/resources/fixtures/windows1252");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }

    @Test
    void purgeKeepsTheNewestVersionsAndADryRunRemovesNothing() {
        cli("import", "src/test/resources/fixtures/reimport-v1");
        cli("import", "src/test/resources/fixtures/reimport-v2", "--force", "--max-rejects", "100%");
        cli("import", "src/test/resources/fixtures/reimport-v1", "--force");

        Run dry = cli("purge", "--keep-versions", "1", "--dry-run");
        assertThat(dry.exitCode()).as(dry.out() + dry.err()).isZero();
        assertThat(dry.out()).contains("Versions du catalogue qui seraient supprimées : 1, 2 (la plus ancienne gardée : 3)")
                .contains("Essai seulement : rien n'a été supprimé");
        assertThat(cli("list", "--version", "1").exitCode()).isZero();

        Run purge = cli("purge", "--keep-versions", "1");
        assertThat(purge.exitCode()).isZero();
        assertThat(purge.out()).contains("Versions du catalogue supprimées : 1, 2 (la plus ancienne gardée : 3)");
        assertThat(cli("list", "--version", "1").exitCode()).isNotZero();
        assertThat(cli("list").out()).contains("Catalogue version 3");
        assertThat(cli("purge", "--keep-versions", "1").out()).startsWith("Rien à supprimer");
        assertThat(cli("purge", "--keep-versions", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void listBeforeAnyImportSaysWhatToDo() {
        Run run = cli("list");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Aucun catalogue publié : lancez d'abord « import ».");
    }

    @Test
    void importPrintsTheDetectedFormatAndWhatWasPublished() {
        Run run = cli("import", "src/test/resources/fixtures/windows1252");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Fichier fiches.csv : encodage windows-1252, séparateur « ; »")
                .contains("Catalogue publié : version 1, 6 fiche(s)")
                .contains("ajoutées 6 · modifiées 0 · inchangées 0 · conservées 0 · retirées 0");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void importWithRejectedRowsExitsThreeAndNamesFileLineColumnAndRule() {
        published();
        Run run = cli("import", "src/test/resources/fixtures/bad-rows", "--max-rejects", "100%", "--force");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("fiches.csv, ligne 12, code_rome : « M18O2 » n'est pas un code ROME")
                .contains("[ROME_FORMAT]").contains("Rapport des rejets : " + reports());
        assertThat(run.out()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void listShowsThePublishedCatalogAsATable() {
        published();
        assertThat(cli("import", "src/test/resources/fixtures/bad-rows", "--max-rejects", "100%", "--force")
                .exitCode()).isEqualTo(3);
        Run run = cli("list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Catalogue version 2").containsPattern(
                "developpeur-back-end\\s+Développeur back-end\\s+Cybersécurité\\s+M1802\\s+Bac\\+5\\s+2 000\u00A0€\\s+4 000\u00A0€");
        assertThat(cli("list", "--guide", "santé").out()).contains("infirmier-en-soins-generaux")
                .doesNotContain("developpeur-back-end");
        assertThat(cli("list", "--version", "1").out()).contains("6 fiche(s)");
    }

    @Test
    void showPrintsOneProfileInFull() {
        published();
        Run run = cli("show", "developpeur-back-end", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("DÉVELOPPEUR BACK-END").contains("M1802 Expertise et support en systèmes")
                .contains("Summary").contains("Frequently asked questions").contains("• Rigueur");
        assertThat(cli("show", "inconnu").err()).contains("Aucune fiche « inconnu »");
    }

    @Test
    void showInEnglishLabelsTheGuideAndAnswersTheEnglishWay() {
        published();
        String out = cli("show", "developpeur-back-end", "--lang", "en").out();
        assertThat(out).contains("Guide: Cybersécurité").containsPattern("(?m)^A\\. ").doesNotContain("Guide :")
                .doesNotContainPattern("(?m)^R\\. ");
        assertThat(cli("show", "developpeur-back-end").out()).contains("Guide : Cybersécurité")
                .containsPattern("(?m)^R\\. ");
    }

    @Test
    void langBeforeTheCommandAppliesToItsMessages() {
        published();
        assertThat(cli("--lang", "en", "list").out()).startsWith("Catalog version ");
        assertThat(cli("--lang=EN", "show", "inconnu").err()).contains("No profile \"inconnu\"");
    }

    @Test
    void anUnknownGuideOrProfileIsRefusedWithThePublishedOnesNamed() {
        published();
        Run brochures = cli("brochures", "--guide", "Sant", "--out", reports().resolve("b").toString());
        assertThat(brochures.exitCode()).isEqualTo(2);
        assertThat(brochures.err()).contains("Aucun guide « Sant » dans le catalogue publié. Guides : Cybersécurité");
        assertThat(cli("compare", "--guide", "nope", "--lang", "en").err())
                .startsWith("No guide \"nope\" in the published catalog. Guides: ");
        assertThat(cli("list", "--guide", "Nope").exitCode()).isEqualTo(2);
        Run only = cli("brochures", "--only", "developpeur-back-end,inconnu", "--out", reports().resolve("b").toString());
        assertThat(only.exitCode()).isEqualTo(2);
        assertThat(only.err()).contains("Aucune fiche publiée pour : inconnu");
        assertThat(reports().resolve("b")).doesNotExist();
    }

    @Test
    void aBookletOfASelectionKeepsTheGivenOrderUnderItsTitle() throws Exception {
        published();
        Path file = reports().resolve("forum.pdf");
        Run run = cli("booklet", "--only", "developpeur-back-end,aide-soignant", "--title", "Forum des métiers 3e B",
                "--out", file.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Livret écrit : " + file).contains("2 fiches métiers");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Guide des métiers : Forum des métiers 3e B");
            List<String> bookmarks = new java.util.ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(item -> bookmarks.add(item.getTitle()));
            assertThat(bookmarks).containsExactly("Développeur back-end", "Aide-soignant");
            assertThat(pdf.getNumberOfPages() % 2).isZero();
        }
        Run unknown = cli("booklet", "--only", "inconnu", "--title", "x", "--out", file.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Aucune fiche publiée pour : inconnu");
    }

    @Test
    void brochuresThatCannotBeWrittenAnywhereExitOneAndSayWhyInWords() throws Exception {
        published();
        Path file = Files.writeString(Files.createDirectories(reports()).resolve("not-a-folder"), "x");
        Run run = cli("brochures", "--all", "--out", file.resolve("brochures").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("Brochures : 0 rendue\\(s\\), 0 inchangée\\(s\\), [1-9]\\d* en échec")
                .contains("échec : developpeur-back-end : " + file).doesNotContain("Exception");
    }

    @Test
    void refusedFileExitsOneAndKeepsTheCatalog() {
        published();
        Run run = cli("import", "src/test/resources/fixtures/missing-column");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("IMPORT REFUSÉ [HEADER_MISSING_COLUMN]")
                .contains("Rien n'a été publié : le catalogue reste tel qu'il était.");
        assertThat(cli("list").out()).contains("Catalogue version 1");
    }

    @Test
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
    void usageErrorsSayInFrenchWhatIsWrongThenTheUsage() {
        Map<List<String>, String> expected = Map.ofEntries(
                Map.entry(List.of("import", "--nope"), "option inconnue : « --nope »"),
                Map.entry(List.of("import", "a", "b", "c"), "argument(s) en trop : « b », « c »"),
                Map.entry(List.of("import", "--max-rejects"), "valeur manquante pour --max-rejects (N|P%)"),
                Map.entry(List.of("import", "--lang", "de"),
                        "--lang : « de » n'est pas une valeur possible (attendu : fr, en)"),
                Map.entry(List.of("import", "--lang", "fr", "--lang", "fr"),
                        "l'option --lang est donnée plusieurs fois"),
                Map.entry(List.of("frobnicate"), "commande inconnue : « frobnicate »"),
                Map.entry(List.of("improt"), "commande inconnue : « improt » (vouliez-vous dire « import » ?)"),
                Map.entry(List.of("help", "frobnicate"), "commande inconnue : « frobnicate »"),
                Map.entry(List.of("show-run"), "paramètre obligatoire manquant : ID"),
                Map.entry(List.of("show-run", "x"), "ID : « x » n'est pas un nombre entier"),
                Map.entry(List.of("history", "--limit", "x"), "--limit : « x » n'est pas un nombre entier"),
                Map.entry(List.of("import", "--delimiter", "|"),
                        "--delimiter : « | » n'est pas un séparateur accepté (; , ou tab)"),
                Map.entry(List.of("import", "--delimiter", "ab"),
                        "--delimiter : « ab » n'est pas un séparateur accepté (; , ou tab)"));
        expected.forEach((args, line) -> {
            Run run = cli(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(args.toString()).isEqualTo(2);
            List<String> err = run.err().lines().toList();
            assertThat(err.get(0)).as(args.toString()).isEqualTo(line);
            assertThat(err.get(1)).isEmpty();
            assertThat(run.err()).contains("Usage : fiches-metiers");
            assertThat(run.err()).doesNotContain("Unknown").doesNotContain("Unmatched").doesNotContain("Missing")
                    .doesNotContain("Invalid").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(run.out()).isEmpty();
        });
        assertThat(dataDir()).as("Spring never started").doesNotExist();
    }

    @Test
    void usageErrorsAreInEnglishWithLangEn() {
        assertThat(cli("import", "--nope", "--lang", "en").err()).startsWith("unknown option: \"--nope\"");
        assertThat(cli("show-run", "x", "--lang=en").err()).startsWith("ID: \"x\" is not a whole number");
        assertThat(cli("import", "--delimiter", "|", "--lang", "en").err())
                .startsWith("--delimiter: \"|\" is not an accepted delimiter (; , or tab)");
        assertThat(cli("import", "--delimiter", "|", "--lang", "en").exitCode()).isEqualTo(2);
    }

    @Test
    void helpAndVersionNeedNoDatabase() {
        Run help = cli();
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Commandes :").contains("Exemples :").contains("Codes de sortie :")
                .contains("Affiche l'aide d'une commande").doesNotContain("Display help");
        assertThat(cli("--version").out()).startsWith("fiches-metiers");
        assertThat(cli("help", "import").out()).contains("--max-rejects");
        assertThat(dataDir()).as("Spring never started").doesNotExist();
    }

    @Test
    void countsBelowTheirMinimumAreUsageErrors() {
        Run history = cli("history", "--limit", "-5");
        assertThat(history.exitCode()).isEqualTo(2);
        assertThat(history.err()).startsWith("--limit : « -5 » doit être un nombre entier d'au moins 1");
        assertThat(cli("history", "--limit", "0", "--lang", "en").err())
                .startsWith("--limit: \"0\" must be a whole number of at least 1");
        assertThat(cli("schedule", "--max-runs", "-1").exitCode()).isEqualTo(2);
    }

    @Test
    void everyCommandPrintsTheVersionWithV() {
        String version = cli("--version").out();
        assertThat(version).startsWith("fiches-metiers ");
        for (String command : List.of("import", "brochures", "compare", "run", "history", "restart", "recover")) {
            assertThat(cli(command, "-V").out()).as(command).isEqualTo(version);
        }
    }

    @Test
    void helpIsInEnglishWithLangEnAndInFrenchOtherwise() {
        String english = cli("--lang", "en").out();
        assertThat(english).contains("Usage: fiches-metiers", "COMMAND", "Commands:", "Examples:", "Exit codes:",
                "Imports the profiles (CSV)").doesNotContain("Importe les fiches", "Exemples :");
        assertThat(cli("import", "--help", "--lang", "en").out()).contains("Rejected rows tolerated",
                "Folder holding fiches.csv", "Show this help.").doesNotContain("Lignes rejetées");
        assertThat(cli("import", "--nope", "--lang=en").err()).contains("Forces the encoding");
        assertThat(cli("help", "brochures", "--lang", "en").out()).contains("Prints a PDF brochure per published");
        assertThat(cli("brochures", "--help").out()).contains("Imprime une brochure PDF", "Options :")
                .doesNotContain("Prints a PDF");
    }

    @Test
    void listAndShowAnswerHelpAlthoughTheirVersionOptionNamesACatalogVersion() {
        Run show = cli("show", "--help");
        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).contains("Usage : fiches-metiers show", "--version=V", "Une version antérieure");
        assertThat(cli("list", "-h", "--lang", "en").out()).contains("Lists the profiles", "An earlier version");
    }

    @Test
    void helpGivesEachExampleOnceOnWholeLines() {
        List<String> lines = cli("--help").out().lines().toList();
        List<String> examples = lines.stream().filter(l -> l.startsWith("  java -jar")).toList();
        assertThat(examples).doesNotHaveDuplicates().contains("  java -jar fiches-metiers.jar run nightly",
                "  java -jar fiches-metiers.jar recover", "  java -jar fiches-metiers.jar restart 42");
        // Picocli wraps a footer line longer than the usage width at column 0, in the middle of a phrase.
        assertThat(lines).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(80))
                .noneMatch(l -> l.equals("classeur") || l.equals("42"));
        assertThat(cli("help").out()).isEqualTo(cli("--help").out());
    }

    @Test
    void aSecondRunWhileTheLockIsHeldExitsFour() throws Exception {
        // The data directory's file lock is H2's; PostgreSQL's advisory lock: SharedCatalogFunctionalTests.
        assumeFalse(TestDatabases.postgresql(), "the file lock of an H2 data directory");
        try (RunLock lock = RunLock.acquire(new DataDirectory(dataDir()), "import en cours")) {
            Run run = cli("import", "src/test/resources/fixtures/utf8-bom");
            assertThat(run.exitCode()).isEqualTo(4);
            assertThat(run.err()).contains("import en cours");
            // Refused before any bean existed: the database was not even created.
            assertThat(dataDir().resolve("fiches-metiers.mv.db")).doesNotExist();
        }
    }

    @Test
    void showRunAndHistoryTellARunReadablyWithTheCountersOfItsSummary() throws Exception {
        Path output = dir.resolve("output");
        Path definition = Files.writeString(dir.resolve("cli-run.yml"), String.join("\n", "name: cli-run",
                "output: '" + CliProcess.path(output.toAbsolutePath()) + "'", "steps:",
                "  - import: {path: '" + CliProcess.path(Path.of("src/test/resources/fixtures/windows1252")
                        .toAbsolutePath()) + "', max-rejects: 10%, force: true}",
                "  - brochures: {lang: fr, booklet: true}", "  - compare: {lang: fr}", ""));
        Run run = cli("run", definition.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        Matcher heading = Pattern.compile("Exécution (\\d+) de « cli-run » : COMPLETED en \\d+,\\d s")
                .matcher(run.out());
        assertThat(heading.find()).as(run.out()).isTrue();
        String id = heading.group(1);

        Run show = cli("show-run", id);
        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).contains("Exécution " + id + " de « cli-run » : terminée (code de sortie 0)")
                .containsPattern("Début \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d, fin \\d{4}-\\d\\d-\\d\\d "
                        + "\\d\\d:\\d\\d:\\d\\d, durée \\d+,\\d s")
                .contains("Paramètres :").contains("  definition = " + definition.toAbsolutePath())
                .containsPattern("(?m)^  requestedAt = \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$")
                .contains("Brochures : 6 rendue(s), 0 inchangée(s), 0 en échec ; livrets : 3 refait(s)")
                .contains("Rapport : " + output.toAbsolutePath().resolve("reports/run-" + id + ".html"))
                .doesNotContain("JobParameter").doesNotContain("COMPLETED").doesNotContain("lues 0 · écrites 0")
                .doesNotContainPattern("\\d\\dT\\d\\d:|:\\d\\d\\.\\d");
        for (String step : List.of("1-import", "2-brochures", "3-compare")) {
            assertThat(counters(show.out(), step)).as(step).isEqualTo(counters(run.out(), step)).isNotEmpty();
        }
        assertThat(cli("show-run", id, "--lang", "en").out())
                .contains("Execution " + id + " of \"cli-run\": completed (exit code 0)")
                .containsPattern("duration \\d+\\.\\d s");

        Matcher child = Pattern.compile("1-import → (\\d+)").matcher(show.out());
        assertThat(child.find()).as(show.out()).isTrue();
        assertThat(cli("show-run", child.group(1)).out())
                .contains("Lancée par l'étape 1-import de l'exécution " + id + " (détail : show-run " + id + ")");

        String history = cli("history", "--limit", "5").out();
        List<String> imported = counters(run.out(), "1-import");
        assertThat(history).containsPattern("(?m)ficheImportJob ← cli-run .*COMPLETED\\s+" + imported.get(0) + "\\s+"
                + imported.get(1) + "\\s+" + imported.get(2) + "\\s+0$");
        String html = Files.readString(output.resolve("reports/run-" + id + ".html"), StandardCharsets.UTF_8);
        assertThat(html).contains(">terminée</").doesNotContain(">COMPLETED<").containsPattern("\\d+,\\d s");
        Run abandon = cli("abandon", id);
        assertThat(abandon.exitCode()).isEqualTo(1);
        assertThat(abandon.err()).contains("L'exécution " + id + " ne peut pas être abandonnée : elle est terminée.");
    }

    @Test
    void historyTellsAValidateFromAnImport() {
        published();
        assertThat(cli("validate", "src/test/resources/fixtures/windows1252").exitCode()).isZero();
        assertThat(cli("history", "--limit", "1").out()).contains("ficheImportJob (validate)");
    }

    @Test
    void aProfilesFileAloneIsCountedAsProfilesOnly() {
        assertThat(cli("validate", "src/test/resources/fixtures/windows1252/fiches.csv").out())
                .containsPattern("Lignes lues : \\d+ \\(fiches\\), rejetées : 0");
        assertThat(cli("validate", "src/test/resources/fixtures/windows1252").out())
                .containsPattern("Lignes lues : \\d+ \\(fiches et FAQ\\)");
    }

    /** The counters of a step's row (read, written, rejected, rendered, unchanged, time), whatever its status. */
    private static List<String> counters(String output, String step) {
        return output.lines().filter(l -> l.startsWith(step + " ")).findFirst()
                .map(l -> Arrays.asList(l.trim().split("\\s+")).subList(2, 8)).orElse(List.of());
    }
}
