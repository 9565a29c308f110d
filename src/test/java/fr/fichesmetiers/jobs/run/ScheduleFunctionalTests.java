package fr.fichesmetiers.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.fichesmetiers.TestDatabases;
import fr.fichesmetiers.jobs.CliProcess;

/** {@code schedule} as a service: runs one at a time, and outlives a run that fails. */
class ScheduleFunctionalTests {

    /** One execution as the job repository recorded it. */
    record Execution(long id, String job, String status, LocalDateTime start, LocalDateTime end) {
    }

    @Test
    void theSchedulerRunsADueDefinitionTwiceWithoutOverlap(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("jobs"));
        CliProcess.copyTree(Path.of("input"), dir.resolve("input"));
        Files.writeString(dir.resolve("jobs/often.yml"), """
                name: often
                schedule: "*/2 * * * * *"
                steps:
                  - import: {path: input}
                  - compare: {lang: fr}
                """);
        CliProcess.Result result = CliProcess.run(dir, "schedule", "--max-runs", "2");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(Pattern.compile("Début de « often »").matcher(result.out()).results().count()).isEqualTo(2);
        assertThat(result.out()).contains("Planificateur arrêté après 2 exécution(s).");
        List<String> history = CliProcess.run(dir, "history", "--job", "often").out().lines()
                .filter(l -> l.contains("often")).toList();
        assertThat(history).hasSize(2).allSatisfy(l -> assertThat(l).contains("COMPLETED"));

        List<Execution> executions = executions(dir);
        List<Execution> runs = executions.stream().filter(e -> e.job().equals("often")).toList();
        assertThat(runs).hasSize(2);
        // The second run started after the first had ended, and every step job ran inside its own run.
        assertThat(runs.get(1).start()).isAfterOrEqualTo(runs.get(0).end());
        List<Execution> children = executions.stream().filter(e -> !e.job().equals("often")).toList();
        assertThat(children).hasSize(4).allSatisfy(child -> assertThat(runs).anySatisfy(run -> {
            assertThat(child.start()).isAfterOrEqualTo(run.start());
            assertThat(child.end()).isBeforeOrEqualTo(run.end());
        }));
    }

    @Test
    void aRunThatFailsUnexpectedlyIsCountedFailedAndTheServiceGoesOn(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("jobs"));
        CliProcess.copyTree(Path.of("input"), dir.resolve("input"));
        // The output "folder" is a file: the import publishes, then the run report cannot be written.
        Files.writeString(dir.resolve("not-a-folder"), "x");
        Files.writeString(dir.resolve("jobs/fragile.yml"), """
                name: fragile
                schedule: "*/2 * * * * *"
                output: not-a-folder
                steps:
                  - import: {path: input}
                """);
        CliProcess.Result result = CliProcess.run(dir, "schedule", "--max-runs", "2");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out().lines().filter(l -> l.startsWith("« fragile » a échoué (erreur inattendue : "))
                .count()).as(result.out()).isEqualTo(2);
        assertThat(result.out()).contains("Planificateur arrêté après 2 exécution(s).");
        assertThat(result.err()).doesNotContain("\tat ");
        List<String> history = CliProcess.run(dir, "history", "--job", "fragile").out().lines()
                .filter(l -> l.contains("fragile")).toList();
        assertThat(history).hasSize(2).allSatisfy(l -> assertThat(l).contains("FAILED"));
        assertThat(CliProcess.count(CliProcess.log(dir.resolve("data")),
                Pattern.compile("event=schedule\\.run\\.failed job=fragile "))).isEqualTo(2);
    }

    /** Every execution of the job repository of a working folder, in order, read once the process ended. */
    private static List<Execution> executions(Path dir) throws Exception {
        List<Execution> executions = new ArrayList<>();
        TestDatabases.Database database = TestDatabases.readable(dir);
        try (Connection db = DriverManager.getConnection(database.url(), database.user(), database.password());
                ResultSet rs = db.createStatement().executeQuery("SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, "
                        + "e.START_TIME, e.END_TIME FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                        + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID ORDER BY e.JOB_EXECUTION_ID")) {
            while (rs.next()) {
                executions.add(new Execution(rs.getLong(1), rs.getString(2), rs.getString(3),
                        time(rs.getTimestamp(4)), time(rs.getTimestamp(5))));
            }
        }
        return executions;
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
