package fr.fichesmetiers.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly run as IT staff use it: real processes in their own folder, killed mid-run with
 * {@code destroyForcibly}, then {@code recover} and {@code restart}.
 */
class NightlyRunFunctionalTests {

    @TempDir
    static Path shared;

    static Path bigCatalog;
    static Path bigCatalogUpdated;

    @BeforeAll
    static void generateLargeCatalogs() throws Exception {
        bigCatalog = shared.resolve("big");
        CliProcess.generate(1200, 7, bigCatalog);
        // The same 1 200 ids with other content: an update that retires nothing.
        bigCatalogUpdated = shared.resolve("big-updated");
        CliProcess.generate(1200, 8, bigCatalogUpdated);
    }

    private static Path workspace(Path dir, Path input) throws Exception {
        Files.createDirectories(dir.resolve("jobs"));
        Files.copy(Path.of("jobs/nightly.yml"), dir.resolve("jobs/nightly.yml"));
        CliProcess.copyTree(input, dir.resolve("input"));
        return dir;
    }

    @Test
    void theNightlyRunProducesEveryOutputAndASecondRunRendersNothing(@TempDir Path dir) throws Exception {
        workspace(dir, Path.of("input"));
        CliProcess.Result first = CliProcess.run(dir, "run", "nightly");
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("Exécution 1 de « nightly » : COMPLETED").contains("1-import")
                .contains("2-brochures").contains("3-compare");
        assertThat(dir.resolve("output/manifest.json")).exists();
        assertThat(dir.resolve("output/reports/run-1.html")).exists();
        assertThat(dir.resolve("output/comparison/comparaison-metiers.xlsx")).exists();
        assertThat(CliProcess.countFiles(dir.resolve("output/brochures"), ".pdf")).isEqualTo(18 + 4);
        String manifest = Files.readString(dir.resolve("output/manifest.json"));
        assertThat(manifest).contains("\"job\" : \"nightly\"").contains("\"catalogVersion\" : 1")
                .contains("\"path\" : \"comparison/comparaison-metiers.xlsx\"")
                .contains("\"path\" : \"brochures/sante/aide-soignant.pdf\"").containsPattern("\"sha256\" : \"[0-9a-f]{64}\"");
        String html = Files.readString(dir.resolve("output/reports/run-1.html"));
        assertThat(html).contains("<table>").contains("../brochures/sante.pdf").doesNotContain("<script")
                .doesNotContain("http://").doesNotContain("https://");

        CliProcess.Result second = CliProcess.run(dir, "run", "nightly");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("Brochures : aucune à refaire, 18 inchangée(s).");
        CliProcess.Result history = CliProcess.run(dir, "history", "--job", "nightly");
        assertThat(history.out()).containsPattern("5\\s+nightly").containsPattern("1\\s+nightly");
    }

    @Test
    void aRunKilledDuringTheImportLeavesTheCatalogAndIsFinishedByRecoverAndRestart(@TempDir Path dir)
            throws Exception {
        workspace(dir, bigCatalog);
        assertThat(CliProcess.run(dir, "import").exitCode()).isZero();
        replaceInput(dir, bigCatalogUpdated);
        long inspected = CliProcess.logCount(dir, "event=import.inspect");
        Process run = CliProcess.start(dir, "run", "nightly");
        try {
            CliProcess.awaitLog(dir, "event=import.inspect", inspected + 1);
            Thread.sleep(700);
        }
        finally {
            run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        CliProcess.Result list = CliProcess.run(dir, "list");
        assertThat(list.out()).contains("Catalogue version 1").contains("1200 fiche(s)");
        CliProcess.Result recover = CliProcess.run(dir, "recover");
        assertThat(recover.exitCode()).isZero();
        long parent = execution(recover.out(), "nightly");
        CliProcess.Result restart = CliProcess.run(dir, "restart", String.valueOf(parent));
        assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();
        assertThat(restart.out()).contains("COMPLETED");
        assertThat(CliProcess.run(dir, "list").out()).contains("Catalogue version 2").contains("1200 fiche(s)");
        assertThat(restart.out()).containsPattern("1-import\\s+COMPLETED\\s+7200");
        assertThat(CliProcess.countFiles(dir.resolve("output"), ".part")).isZero();
    }

    @Test
    void aRunKilledDuringTheBrochuresRendersOnlyWhatIsMissingOnRestart(@TempDir Path dir) throws Exception {
        workspace(dir, bigCatalog);
        Process run = CliProcess.start(dir, "run", "nightly");
        try {
            CliProcess.awaitLog(dir, "event=import.publish", 0);
            long deadline = System.currentTimeMillis() + 60_000;
            while (CliProcess.countFiles(dir.resolve("output/brochures"), ".pdf") < 100
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        }
        finally {
            run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        long before = CliProcess.countFiles(dir.resolve("output/brochures"), ".pdf");
        assertThat(before).isBetween(100L, 1199L);

        long parent = execution(CliProcess.run(dir, "recover").out(), "nightly");
        CliProcess.Result restart = CliProcess.run(dir, "restart", String.valueOf(parent));
        assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();
        Matcher rendered = Pattern.compile("2-brochures\\s+COMPLETED\\s+\\d+\\s+\\d+\\s+\\d+\\s+(\\d+)")
                .matcher(restart.out());
        assertThat(rendered.find()).as(restart.out()).isTrue();
        long renderedOnRestart = Long.parseLong(rendered.group(1));
        assertThat(renderedOnRestart).isLessThan(1200).isGreaterThanOrEqualTo(1200 - before);
        assertThat(CliProcess.countFiles(dir.resolve("output/brochures"), ".pdf")).isEqualTo(1200 + 10);
        assertThat(CliProcess.countFiles(dir.resolve("output"), ".part")).isZero();
    }

    @Test
    void aSecondLaunchWhileARunHoldsTheLockExitsFour(@TempDir Path dir) throws Exception {
        workspace(dir, bigCatalog);
        Process run = CliProcess.start(dir, "run", "nightly");
        try {
            CliProcess.awaitLog(dir, "event=import.inspect", 0);
            CliProcess.Result second = CliProcess.run(dir, "import");
            assertThat(second.exitCode()).isEqualTo(4);
            assertThat(second.err()).contains("Une autre exécution est en cours").contains("run nightly")
                    .containsPattern("exécution/execution \\d+");
        }
        finally {
            run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void anInvalidDefinitionIsRefusedWithItsLineAndExitTwo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.yml"), "name: broken\nsteps:\n  - brochures: {lang: fr, colour: red}\n");
        CliProcess.Result result = CliProcess.run(dir, "run", "broken.yml");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo(
                "broken.yml, ligne 3 : clé inconnue « colour » (attendu : booklet, guide, lang)");
        assertThat(CliProcess.run(dir, "run", "absent").err()).contains("Définition introuvable : « absent »");
    }

    @Test
    void theSchedulerRunsADueDefinitionTwiceWithoutOverlap(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("jobs"));
        CliProcess.copyTree(Path.of("input"), dir.resolve("input"));
        Files.writeString(dir.resolve("jobs/often.yml"), """
                name: often
                schedule: "*/4 * * * * *"
                steps:
                  - import: {path: input}
                  - compare: {lang: fr}
                """);
        CliProcess.Result result = CliProcess.run(dir, "schedule", "--max-runs", "2");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(Pattern.compile("Début de « often »").matcher(result.out()).results().count()).isEqualTo(2);
        assertThat(result.out()).contains("Planificateur arrêté après 2 exécution(s).");
        String history = CliProcess.run(dir, "history", "--job", "often").out();
        List<String> lines = history.lines().filter(l -> l.contains("often")).toList();
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l).contains("COMPLETED"));
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
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script")
                .contains("EDUCATION_LEVEL_UNKNOWN");
    }

    private static void replaceInput(Path dir, Path catalog) throws Exception {
        for (String name : List.of("fiches.csv", "faq.csv")) {
            Files.copy(catalog.resolve(name), dir.resolve("input").resolve(name),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static long execution(String recoverOutput, String job) {
        Matcher m = Pattern.compile("Exécution (\\d+) \\(" + job + "\\)").matcher(recoverOutput);
        assertThat(m.find()).as(recoverOutput).isTrue();
        return Long.parseLong(m.group(1));
    }
}
