package fr.fichesmetiers.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.fichesmetiers.TestDatabases;
import fr.fichesmetiers.jobs.CliProcess;

/**
 * One catalog shared by several hosts, as offices share it in PostgreSQL: each "host" is a working folder with its
 * own data directory and host name ({@code fiches.run-lock.host}), all on one database. The tests that need two
 * processes on one database at once (and stop, asked while the run is held still) run on PostgreSQL only
 * ({@code -Dfiches.test.database=postgresql}); shards run on both, one after the other on H2.
 */
class SharedCatalogFunctionalTests {

    private static final Pattern BROCHURE_CHUNK = CliProcess.chunkCommitted("brochureJob", "brochureRenderStep");
    private static final Pattern LOCKED = Pattern.compile("event=lock\\.acquired .*holder=\"run nightly\"");

    @TempDir
    static Path shared;

    static Path catalog;

    @BeforeAll
    static void generateCatalog() throws Exception {
        catalog = NightlyRunFunctionalTests.renderedCatalog(shared);
    }

    /** A host: its own folder, data directory and name; small chunks; a sign of life every second. */
    private static Path host(Path dir, String name, Path input, String ownerTimeout) throws Exception {
        Path folder = NightlyRunFunctionalTests.workspace(Files.createDirectories(dir.resolve(name)), input);
        Files.writeString(folder.resolve("application.yml"), Files.readString(folder.resolve("application.yml"))
                + "  run-lock:\n    host: " + name + "\n    heartbeat: 1s\n    owner-timeout: " + ownerTimeout + "\n");
        return folder;
    }

    private static Path log(Path host) {
        return CliProcess.log(host.resolve("data"));
    }

    @Test
    void aSecondHostLaunchingOnTheSameDatabaseExitsFourNamingTheHolder(@TempDir Path dir) throws Exception {
        assumeTrue(TestDatabases.postgresql(), "two hosts share a catalog in PostgreSQL");
        Map<String, String> database = TestDatabases.schema("two-hosts-" + dir).environment();
        Path a = host(dir, "host-a", Path.of("input"), "10m");
        Path b = host(dir, "host-b", Path.of("input"), "10m");

        CliProcess.Started first = CliProcess.launch(a, database, "run", "nightly");
        try {
            CliProcess.awaitLog(first.process(), log(a), LOCKED, 1);
            signal("STOP", first.process());
            CliProcess.Result refused = CliProcess.run(b, database, "import");
            assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(4);
            assertThat(refused.err()).contains("Une autre exécution est en cours")
                    .contains("pid " + first.process().pid() + "@host-a, run nightly");
        }
        finally {
            signal("CONT", first.process());
        }
        CliProcess.Result done = first.finished();
        assertThat(done.exitCode()).as(done.out() + done.err()).isZero();
        // Each host keeps its own data directory; the catalog is the one they share.
        assertThat(CliProcess.run(b, database, "list").out()).contains("Catalogue version 1");
        assertThat(b.resolve("data/fiches-metiers.mv.db")).doesNotExist();
    }

    @Test
    void recoverOnOneHostLeavesTheLiveRunOfAnotherAloneAndRecoversItOnceItsOwnerIsGone(@TempDir Path dir)
            throws Exception {
        assumeTrue(TestDatabases.postgresql(), "two hosts share a catalog in PostgreSQL");
        Map<String, String> database = TestDatabases.schema("recover-" + dir).environment();
        Path a = host(dir, "host-a", catalog, "10m");
        Path b = host(dir, "host-b", Path.of("input"), "10m");

        CliProcess.Started live = CliProcess.launch(a, database, "run", "nightly");
        try {
            CliProcess.awaitLog(live.process(), log(a), BROCHURE_CHUNK, 1);
            signal("STOP", live.process());
            CliProcess.Result recover = CliProcess.run(b, database, "recover");
            assertThat(recover.exitCode()).as(recover.out() + recover.err()).isZero();
            assertThat(recover.out()).contains("laissée en cours : son processus tourne encore sur host-a (pid "
                    + live.process().pid()).doesNotContain("marquée en échec");
        }
        finally {
            signal("CONT", live.process());
        }
        CliProcess.Result finished = live.finished();
        assertThat(finished.exitCode()).as(finished.out() + finished.err()).isZero();
        assertThat(finished.out()).contains("Exécution 1 de « nightly » : COMPLETED");

        // Killed: host-a gives no more signs of life. Host-b, with a short time-out, recovers the run once its owner
        // has been silent for longer.
        Path c = host(dir, "host-c", Path.of("input"), "4s");
        long before = CliProcess.count(log(a), BROCHURE_CHUNK);
        CliProcess.Started killed = CliProcess.launch(a, database, "brochures", "--all");
        CliProcess.awaitLog(killed.process(), log(a), BROCHURE_CHUNK, before + 2);
        CliProcess.kill(killed.process());
        await().atMost(CliProcess.WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> CliProcess.run(c, database,
                "recover").out().contains("(brochureJob) marquée en échec"));
        assertThat(CliProcess.run(c, database, "history", "--job", "brochureJob").out()).contains("FAILED");
    }

    @Test
    void initDbCreatesTheSchemaOnceAndSaysItsVersion(@TempDir Path dir) throws Exception {
        CliProcess.Result first = CliProcess.run(dir, "init-db");
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).containsPattern("Base de données prête : jdbc:(h2|postgresql):[^;?]*, schéma en "
                + "version \\d+\\.").doesNotContain("password");
        CliProcess.Result again = CliProcess.run(dir, "init-db", "--lang", "en");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).startsWith("Database ready: ")
                .contains(first.out().strip().replaceFirst(".*version ", "version "));
        assertThat(CliProcess.run(dir, "history").exitCode()).isZero();
    }

    @Test
    void stopFromAnotherProcessStopsTheRunAtAChunkAndRestartFinishesIt(@TempDir Path dir) throws Exception {
        // The run is held still while stop is asked: on H2 the database lives in that process (AUTO_SERVER).
        assumeTrue(TestDatabases.postgresql(), "the database on a server of its own");
        Path host = NightlyRunFunctionalTests.workspace(dir, catalog);
        CliProcess.Started run = CliProcess.launch(host, "run", "nightly");
        CliProcess.Result stop;
        try {
            // Held still after two chunks, so that it cannot end before the request comes.
            CliProcess.awaitLog(run.process(), log(host), BROCHURE_CHUNK, 2);
            signal("STOP", run.process());
            stop = CliProcess.run(host, "stop", "1");
        }
        finally {
            signal("CONT", run.process());
        }
        assertThat(stop.exitCode()).as(stop.out() + stop.err()).isZero();
        CliProcess.Result stopped = run.finished();

        assertThat(stopped.exitCode()).as(stopped.out() + stopped.err()).isEqualTo(5);
        assertThat(stopped.out()).contains("Exécution 1 de « nightly » : STOPPED")
                .containsPattern("2-brochures\\s+STOPPED").doesNotContain("OptimisticLocking");
        assertThat(CliProcess.run(host, "history", "--job", "nightly").out()).containsPattern("1\\s+nightly.*STOPPED");
        CliProcess.Result restart = CliProcess.run(host, "restart", "1");
        assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();
        assertThat(restart.out()).containsPattern("2-brochures\\s+COMPLETED").containsPattern("3-compare\\s+COMPLETED");
    }

    @Test
    void twoShardsRenderEveryGuideOnceWithItsBooklet(@TempDir Path dir) throws Exception {
        Path host = NightlyRunFunctionalTests.workspace(dir, Path.of("input"));
        assertThat(CliProcess.run(host, "import").exitCode()).isZero();
        CliProcess.Result first;
        CliProcess.Result second;
        if (TestDatabases.postgresql()) {
            // At once, as two hosts would: each holds the catalog shared and its own shard alone.
            CliProcess.Started zero = CliProcess.launch(host, "brochures", "--shard", "0/2");
            CliProcess.Started one = CliProcess.launch(host, "brochures", "--shard", "1/2");
            first = zero.finished();
            second = one.finished();
        }
        else {
            // One data directory's file lock: one after the other.
            first = CliProcess.run(host, "brochures", "--shard", "0/2");
            second = CliProcess.run(host, "brochures", "--shard", "1/2");
        }
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
        Path brochures = host.resolve("output/brochures");
        // 18 profiles in 4 guides, each guide's brochures and booklet rendered by one shard only.
        assertThat(CliProcess.countFiles(brochures, ".pdf")).isEqualTo(20 + 4);
        try (var guides = Files.list(brochures)) {
            for (Path guide : guides.filter(Files::isDirectory).toList()) {
                assertThat(brochures.resolve(guide.getFileName() + ".pdf")).exists();
            }
        }
        assertThat(CliProcess.run(host, "history", "--job", "brochureJob").out().lines()
                .filter(line -> line.contains("brochureJob") && line.contains("COMPLETED"))).hasSize(2);
        CliProcess.Result wrong = CliProcess.run(host, "brochures", "--shard", "2/2");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("Tranche invalide : « 2/2 »");
    }

    private static void signal(String name, Process process) throws Exception {
        new ProcessBuilder("/bin/kill", "-" + name, String.valueOf(process.pid())).inheritIO().start().waitFor();
    }
}
