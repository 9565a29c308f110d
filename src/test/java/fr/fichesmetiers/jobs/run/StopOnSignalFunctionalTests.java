package fr.fichesmetiers.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.fichesmetiers.jobs.CliProcess;

/**
 * SIGTERM as {@code systemctl stop}, a cron time-out or {@code kill} sends it, to a real process, right after a
 * given chunk was committed: the run stops at its next chunk boundary, says how to resume and exits 5, and
 * {@code restart} finishes it without {@code recover}; a second SIGTERM stops it at once.
 */
class StopOnSignalFunctionalTests {

    private static final int PROFILES = NightlyRunFunctionalTests.PROFILES;
    private static final int RENDERED = NightlyRunFunctionalTests.RENDERED;
    private static final Pattern IMPORT_CHUNK = CliProcess.chunkCommitted("ficheImportJob", "ficheImportStep");
    private static final Pattern BROCHURE_CHUNK = CliProcess.chunkCommitted("brochureJob", "brochureRenderStep");

    @TempDir
    static Path shared;

    static Path catalog;
    static Path rendered;

    @BeforeAll
    static void generateCatalogs() throws Exception {
        catalog = shared.resolve("catalog");
        CliProcess.generate(PROFILES, 7, catalog);
        rendered = NightlyRunFunctionalTests.renderedCatalog(shared);
    }

    @Test
    void aSigtermDuringTheBrochuresStopsTheRunAtAChunkAndRestartFinishesIt(@TempDir Path dir) throws Exception {
        NightlyRunFunctionalTests.workspace(dir, rendered);
        CliProcess.Started run = CliProcess.launch(dir, "run", "nightly");
        CliProcess.awaitLog(run.process(), log(dir), BROCHURE_CHUNK, 3);
        terminate(run.process());
        CliProcess.Result stopped = run.finished();

        assertThat(stopped.exitCode()).as(stopped.out() + stopped.err()).isEqualTo(5);
        assertThat(stopped.out()).contains("Exécution 1 de « nightly » : STOPPED")
                .containsPattern("2-brochures\\s+STOPPED")
                .contains("Exécution 1 arrêtée à la demande, à la fin d'un lot : reprenez-la avec « restart 1 ».")
                .doesNotContain("JobInterruptedException");
        assertThat(stopped.err()).isEmpty();
        assertThat(CliProcess.run(dir, "history", "--job", "nightly").out()).containsPattern("1\\s+nightly.*STOPPED");
        long written = CliProcess.countFiles(dir.resolve("output/brochures"), ".pdf");
        assertThat(written).isBetween(30L, RENDERED - 1L);

        CliProcess.Result restart = CliProcess.run(dir, "restart", "1");
        assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();
        assertThat(restart.out()).containsPattern("2-brochures\\s+COMPLETED").containsPattern("3-compare\\s+COMPLETED");
        assertThat(CliProcess.countFiles(dir.resolve("output"), ".part")).isZero();
    }

    @Test
    void aSigtermDuringAnImportStopsItUnpublishedAndRestartPublishesIt(@TempDir Path dir) throws Exception {
        NightlyRunFunctionalTests.workspace(dir, catalog);
        CliProcess.Started run = CliProcess.launch(dir, "import");
        CliProcess.awaitLog(run.process(), log(dir), IMPORT_CHUNK, 3);
        terminate(run.process());
        CliProcess.Result stopped = run.finished();

        assertThat(stopped.exitCode()).as(stopped.out() + stopped.err()).isEqualTo(5);
        assertThat(stopped.out()).contains("Rien n'a été publié")
                .contains("Exécution 1 arrêtée à la demande, à la fin d'un lot : reprenez-la avec « restart 1 ».")
                .doesNotContain("ÉCHEC");
        assertThat(CliProcess.run(dir, "list").err()).contains("Aucun catalogue publié");

        CliProcess.Result restart = CliProcess.run(dir, "restart", "1");
        assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();
        assertThat(CliProcess.run(dir, "list").out()).contains("Catalogue version 1").contains(PROFILES + " fiche(s)");
    }

    @Test
    void aSecondSigtermStopsAtOnceAndLeavesTheRunForRecover(@TempDir Path dir) throws Exception {
        NightlyRunFunctionalTests.workspace(dir, catalog);
        // Chunks of half the catalog: the run is still far from its next chunk boundary when the second signal comes.
        Files.writeString(dir.resolve("application.yml"), "fiches:\n  brochure:\n    chunk-size: 150\n");
        CliProcess.Started run = CliProcess.launch(dir, "run", "nightly");
        CliProcess.awaitLog(run.process(), log(dir), BROCHURE_CHUNK, 1);
        terminate(run.process());
        CliProcess.awaitLog(run.process(), log(dir), Pattern.compile("event=stop\\.requested signal=TERM"), 1);
        terminate(run.process());
        CliProcess.Result halted = run.finished();

        assertThat(halted.exitCode()).as(halted.out() + halted.err()).isEqualTo(143);
        assertThat(halted.out()).contains("Arrêt immédiat (SIGTERM) : l'exécution reste « en cours » ; lancez "
                + "« recover », puis « restart ID »");
        // Whatever the halt left STARTED, recover marks it failed, and the run can be restarted.
        assertThat(CliProcess.run(dir, "recover").exitCode()).isZero();
        CliProcess.Result restart = CliProcess.run(dir, "restart", "1");
        assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();
        assertThat(CliProcess.run(dir, "list").out()).contains("Catalogue version 1");
    }

    @Test
    void aSigtermWhileSpringStartsEndsTheCommandBeforeAnyJobWithoutAFalseDiagnosis(@TempDir Path dir)
            throws Exception {
        // The sample: the signal comes before any job, and the last run, which shows the lock free, is short.
        NightlyRunFunctionalTests.workspace(dir, Path.of("input"));
        CliProcess.Started run = CliProcess.launch(dir, "run", "nightly");
        // The lock is taken before any bean exists: the database and its migrations are still to come.
        CliProcess.awaitLog(run.process(), log(dir), Pattern.compile("event=lock\\.acquired"), 1);
        terminate(run.process());
        CliProcess.Result stopped = run.finished();

        assertThat(stopped.exitCode()).as(stopped.out() + stopped.err()).isEqualTo(5);
        String said = stopped.out() + stopped.err();
        assertThat(said).doesNotContain("Configuration invalide").doesNotContain("Exception");
        if (said.contains("Arrêt demandé pendant le démarrage : rien n'a été lancé.")) {
            assertThat(CliProcess.run(dir, "history").out()).doesNotContain("nightly");
        }
        else {
            // The signal came after the start: the run stopped at its first chunk, as any stop.
            assertThat(said).contains("reprenez-la avec « restart 1 »");
        }
        assertThat(CliProcess.run(dir, "run", "nightly").exitCode()).as("the lock was released").isIn(0, 3);
    }

    private static Path log(Path dir) {
        return CliProcess.log(dir.resolve("data"));
    }

    /** {@code kill -TERM pid}, as systemd and cron send it. */
    private static void terminate(Process process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-TERM", String.valueOf(process.pid())).inheritIO().start();
        assertThat(kill.waitFor(CliProcess.WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).as("the process was still running").isZero();
    }
}
