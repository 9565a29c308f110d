package fr.fichesmetiers.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import fr.fichesmetiers.Browser;
import fr.fichesmetiers.jobs.CliProcess;

/**
 * The nightly run as IT staff use it: real processes in their own folder, killed with {@code destroyForcibly}
 * right after a given chunk of the step meant was committed (the log says so), then {@code recover} and
 * {@code restart}, which must resume rather than start over.
 */
class NightlyRunFunctionalTests {

    /**
     * Profiles of the generated catalogs killed during their import: with 10 per chunk, 30 chunks, so that the
     * import is still running when the kill comes after the third.
     */
    static final int PROFILES = 300;
    /**
     * Profiles of the catalog killed during its brochures, which take longer: 12 chunks of 10 are enough for the kill
     * to come first, and a restart renders fewer.
     */
    static final int RENDERED = 120;

    @TempDir
    static Path shared;

    static Path catalog;
    static Path catalogUpdated;
    static Path rendered;

    @BeforeAll
    static void generateCatalogs() throws Exception {
        catalog = shared.resolve("catalog");
        CliProcess.generate(PROFILES, 7, catalog);
        // The same ids with other content: an update that retires nothing.
        catalogUpdated = shared.resolve("catalog-updated");
        CliProcess.generate(PROFILES, 8, catalogUpdated);
        rendered = renderedCatalog(shared);
    }

    /** The catalog of {@link #RENDERED} profiles, in a folder {@code catalog-rendered} of {@code dir}. */
    static Path renderedCatalog(Path dir) throws Exception {
        Path folder = dir.resolve("catalog-rendered");
        CliProcess.generate(RENDERED, 11, folder);
        return folder;
    }

    /** A working folder as in production: jobs/nightly.yml, input/, and an application.yml with small chunks. */
    static Path workspace(Path dir, Path input) throws Exception {
        Files.createDirectories(dir.resolve("jobs"));
        Files.copy(Path.of("jobs/nightly.yml"), dir.resolve("jobs/nightly.yml"));
        CliProcess.copyTree(input, dir.resolve("input"));
        Files.writeString(dir.resolve("application.yml"), """
                fiches:
                  import:
                    chunk-size: 10
                  brochure:
                    chunk-size: 10
                """);
        return dir;
    }

    private static Path log(Path dir) {
        return CliProcess.log(dir.resolve("data"));
    }

    @Test
    void theNightlyRunProducesEveryOutputAndASecondRunRendersNothing(@TempDir Path dir) throws Exception {
        workspace(dir, Path.of("input"));
        // The jar as packaged, not extracted as the other tests start it: its nested jars, templates and fonts.
        CliProcess.Result first = CliProcess.runJar(dir, "run", "nightly");
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("Exécution 1 de « nightly » : COMPLETED").contains("1-import")
                .contains("2-brochures").contains("3-compare").contains("4-site");
        assertThat(dir.resolve("output/site/index.html")).exists();
        assertThat(dir.resolve("output/site/fiches/aide-soignant.html")).exists();
        assertThat(dir.resolve("output/manifest.json")).exists();
        assertThat(dir.resolve("output/reports/run-1.html")).exists();
        assertThat(dir.resolve("output/comparison/comparaison-metiers.xlsx")).exists();
        assertThat(CliProcess.countFiles(dir.resolve("output/brochures"), ".pdf")).isEqualTo(20 + 4);
        String manifest = Files.readString(dir.resolve("output/manifest.json"));
        assertThat(manifest).contains("\"job\" : \"nightly\"").contains("\"catalogVersion\" : 1")
                .contains("\"path\" : \"comparison/comparaison-metiers.xlsx\"")
                .contains("\"path\" : \"brochures/sante/aide-soignant.pdf\"").containsPattern("\"sha256\" : \"[0-9a-f]{64}\"");
        String html = Files.readString(dir.resolve("output/reports/run-1.html"));
        assertThat(html).contains("<table>").contains("../brochures/sante.pdf").doesNotContain("<script")
                .doesNotContain("http://").doesNotContain("https://").contains("<meta name=\"viewport\"")
                .contains("Catalogue en vigueur après cette exécution : version 1, 20 fiche(s)")
                .contains("2-brochures : 24 écrit(s) = 20 brochure(s) + 4 livret(s)")
                .contains("href=\"../manifest.json\"").contains("href=\"../site/index.html\"")
                .contains("pas d’exécution précédente");

        CliProcess.Result second = CliProcess.run(dir, "run", "nightly");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("Brochures : aucune à refaire, 20 inchangée(s).");
        CliProcess.Result history = CliProcess.run(dir, "history", "--job", "nightly");
        assertThat(history.out()).containsPattern("6\\s+nightly").containsPattern("1\\s+nightly");
        assertThat(Files.readString(dir.resolve("output/reports/run-6.html"))).contains("href=\"run-1.html\"");
    }

    @Test
    void aRunKilledDuringTheImportLeavesTheCatalogAndItsRestartResumesTheImport(@TempDir Path dir)
            throws Exception {
        workspace(dir, catalog);
        assertThat(CliProcess.run(dir, "import").exitCode()).isZero();
        replaceInput(dir, catalogUpdated);
        Pattern chunk = CliProcess.chunkCommitted("ficheImportJob", "ficheImportStep");
        long before = CliProcess.count(log(dir), chunk);
        Process run = CliProcess.start(dir, "run", "nightly");
        try {
            CliProcess.awaitLog(run, log(dir), chunk, before + 3);
        }
        finally {
            CliProcess.kill(run);
        }

        CliProcess.Result list = CliProcess.run(dir, "list");
        assertThat(list.out()).contains("Catalogue version 1").contains(PROFILES + " fiche(s)");
        CliProcess.Result recover = CliProcess.run(dir, "recover");
        assertThat(recover.exitCode()).isZero();
        long parent = execution(recover.out(), "nightly");
        CliProcess.Result restart = CliProcess.run(dir, "restart", String.valueOf(parent));
        assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();
        assertThat(restart.out()).contains("COMPLETED").containsPattern("1-import\\s+COMPLETED");
        assertThat(CliProcess.run(dir, "list").out()).contains("Catalogue version 2").contains(PROFILES + " fiche(s)");
        // Resumed after its last committed chunk, not redone: the restarted step read only the rest of the file.
        List<MatchResult> chunks = Pattern.compile("event=chunk\\.committed job=ficheImportJob execution=(\\d+) "
                + "step=ficheImportStep chunk=\\d+ read=(\\d+)").matcher(Files.readString(log(dir))).results()
                .toList();
        String killed = chunks.get((int) before).group(1);
        MatchResult last = chunks.get(chunks.size() - 1);
        assertThat(last.group(1)).as("the restart's own execution").isNotEqualTo(killed);
        assertThat(Long.parseLong(last.group(2))).isPositive().isLessThan(PROFILES);
        assertThat(CliProcess.countFiles(dir.resolve("output"), ".part")).isZero();
    }

    @Test
    void aRunKilledDuringTheBrochuresRendersOnlyWhatIsMissingOnRestart(@TempDir Path dir) throws Exception {
        workspace(dir, rendered);
        Process run = CliProcess.start(dir, "run", "nightly");
        try {
            CliProcess.awaitLog(run, log(dir), CliProcess.chunkCommitted("brochureJob", "brochureRenderStep"), 3);
        }
        finally {
            CliProcess.kill(run);
        }
        long before = CliProcess.countFiles(dir.resolve("output/brochures"), ".pdf");
        assertThat(before).isBetween(30L, RENDERED - 1L);

        long parent = execution(CliProcess.run(dir, "recover").out(), "nightly");
        CliProcess.Result restart = CliProcess.run(dir, "restart", String.valueOf(parent));
        assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();
        Matcher rendered = Pattern.compile("2-brochures\\s+COMPLETED\\s+\\d+\\s+\\d+\\s+\\d+\\s+(\\d+)")
                .matcher(restart.out());
        assertThat(rendered.find()).as(restart.out()).isTrue();
        long renderedOnRestart = Long.parseLong(rendered.group(1));
        assertThat(renderedOnRestart).isLessThan(RENDERED).isGreaterThanOrEqualTo(RENDERED - before);
        long booklets = CliProcess.countFiles(dir.resolve("output/brochures"), ".pdf")
                - countProfiles(dir.resolve("output/brochures"));
        assertThat(countProfiles(dir.resolve("output/brochures"))).isEqualTo(RENDERED);
        assertThat(booklets).isPositive();
        assertThat(CliProcess.countFiles(dir.resolve("output"), ".part")).isZero();
    }

    @Test
    void anInvalidDefinitionIsRefusedWithItsLineAndExitTwo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.yml"), "name: broken\nsteps:\n  - brochures: {lang: fr, colour: red}\n");
        CliProcess.Result result = CliProcess.run(dir, "run", "broken.yml");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo(
                "broken.yml, ligne 3 : clé inconnue « colour » (attendu : booklet, guide, lang, shard)");
        assertThat(CliProcess.run(dir, "run", "absent").err()).contains("Définition introuvable : « absent »");
        assertThat(dir.resolve("data")).as("refused before Spring started").doesNotExist();
    }

    @Test
    void theRunReportShowsHostileInputAsTextAndRunsNothing(@TempDir Path dir) throws Exception {
        workspace(dir, Path.of("input"));
        Path fiches = dir.resolve("input/fiches.csv");
        String csv = Files.readString(fiches, StandardCharsets.UTF_8);
        Files.writeString(fiches, csv.replaceFirst(";Bac\\+3;", ";<script>alert('x')</script>;"),
                StandardCharsets.UTF_8);
        CliProcess.Result result = CliProcess.run(dir, "run", "nightly");
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(3);
        String html = Files.readString(dir.resolve("output/reports/run-1.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("&lt;script&gt;alert('x')&lt;/script&gt;").doesNotContain("<script")
                .contains("EDUCATION_LEVEL_UNKNOWN").contains("<th scope=\"col\">règle</th>");
    }

    @Test
    void aRefusedImportSaysThePreviousCatalogIsStillInPlaceAndListsTheStepsThatDidNotRun(@TempDir Path dir)
            throws Exception {
        workspace(dir, Path.of("input"));
        assertThat(CliProcess.run(dir, "import").exitCode()).isZero();
        Path fiches = dir.resolve("input/fiches.csv");
        Files.writeString(fiches, Files.readString(fiches, StandardCharsets.UTF_8).replaceAll(";[A-N]\\d{4};",
                ";Z9999;"), StandardCharsets.UTF_8);
        CliProcess.Result result = CliProcess.run(dir, "run", "nightly");
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
        Path report = dir.resolve("output/reports/run-" + runId(result.out()) + ".html");
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).contains("Catalogue en vigueur après cette exécution : version 1, 20 fiche(s)")
                .contains("le catalogue précédent et ses brochures restent en place")
                .contains("2-brochures : non exécutée").contains("4-site : non exécutée")
                .contains("1 – échec").contains("ROME_FORMAT");
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            browser.get(report.toUri().toString());
            Browser.assertAccessible(browser);
        }
        finally {
            browser.quit();
        }
    }

    private static void replaceInput(Path dir, Path catalog) throws Exception {
        for (String name : List.of("fiches.csv", "faq.csv")) {
            Files.copy(catalog.resolve(name), dir.resolve("input").resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static long execution(String recoverOutput, String job) {
        Matcher m = Pattern.compile("Exécution (\\d+) \\(" + job + "\\)").matcher(recoverOutput);
        assertThat(m.find()).as(recoverOutput).isTrue();
        return Long.parseLong(m.group(1));
    }


    /** Brochures of profiles: the PDFs in the guides' folders (booklets are beside them). */
    private static long countProfiles(Path brochures) throws Exception {
        try (var guides = Files.list(brochures)) {
            long count = 0;
            for (Path guide : guides.filter(Files::isDirectory).toList()) {
                count += CliProcess.countFiles(guide, ".pdf");
            }
            return count;
        }
    }

    /** The run's id, from the summary's first line: « Exécution 7 de « nightly » … ». */
    private static long runId(String out) {
        java.util.regex.Matcher m = Pattern.compile("Exécution (\\d+) de").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Long.parseLong(m.group(1));
    }
}
