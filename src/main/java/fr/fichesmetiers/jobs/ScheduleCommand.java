package fr.fichesmetiers.jobs;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

import fr.fichesmetiers.support.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code schedule}: stays in the foreground and runs each scheduled definition at its cron times, one run at a
 * time (a run due while another goes on is skipped and logged). On SIGTERM or Ctrl-C the running job is asked to
 * stop at its next chunk boundary, so that {@code restart} can finish it later.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
        description = "Reste au premier plan et exécute les définitions planifiées (clé schedule) à leurs heures.")
final class ScheduleCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ScheduleCommand.class);

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "0",
            description = "S'arrête après N exécutions (0 : jamais), pour essayer une planification.")
    int maxRuns;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    private final SpringContext spring;
    private final PrintWriter out;
    private volatile boolean stopping;

    ScheduleCommand(SpringContext spring, PrintWriter out) {
        this.spring = spring;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        Messages m = language.messages();
        UsageErrors.requireAtLeast(spec, "--max-runs", maxRuns, 0, m);
        List<JobDefinition> scheduled = Definitions.all(m).stream().filter(d -> d.schedule() != null).toList();
        if (scheduled.isEmpty()) {
            throw new UserException(ExitCodes.USAGE, m.get("schedule.none", Definitions.FOLDER.toString()));
        }
        // Started now, so that logging goes to the log file from the first event on.
        spring.get();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopping = true;
            stopRunningJobs();
            try {
                finished.await(120, TimeUnit.SECONDS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "schedule-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return loop(scheduled, m);
        }
        finally {
            finished.countDown();
            if (!stopping) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
    }

    private int loop(List<JobDefinition> scheduled, Messages m) throws Exception {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        Map<JobDefinition, LocalDateTime> next = new HashMap<>();
        scheduled.forEach(d -> next.put(d, d.schedule().next(LocalDateTime.now())));
        scheduled.forEach(d -> out.println(m.get("schedule.planned", d.name(), d.scheduleText(),
                time.format(next.get(d)))));
        int runs = 0;
        while (!stopping && (maxRuns == 0 || runs < maxRuns)) {
            JobDefinition due = next.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
            while (!stopping && LocalDateTime.now().isBefore(next.get(due))) {
                Thread.sleep(200);
            }
            if (stopping) {
                break;
            }
            out.println(m.get("schedule.starting", due.name(), time.format(LocalDateTime.now())));
            log.info("event=schedule.run job={}", due.name());
            try {
                LockedRun.run("schedule " + due.name(), lock -> new DefinitionRunner(spring, m, out).run(due, lock)
                        .exitCode());
            }
            catch (UserException e) {
                out.println(e.getMessage());
                log.warn("event=schedule.run.refused job={} reason={}", due.name(), e.getMessage());
            }
            runs++;
            LocalDateTime now = LocalDateTime.now();
            LocalDateTime planned = due.schedule().next(next.get(due));
            if (!planned.isAfter(now)) {
                // Times that passed while this run went on are skipped, never run late and in a pile.
                log.info("event=schedule.skipped job={} missed={}", due.name(), planned);
                out.println(m.get("schedule.skipped", due.name(), time.format(planned)));
                planned = due.schedule().next(now);
            }
            next.put(due, planned);
            out.println(m.get("schedule.next", due.name(), time.format(next.get(due))));
        }
        out.println(m.get(stopping ? "schedule.stopped" : "schedule.done", String.valueOf(runs)));
        return ExitCodes.DONE;
    }

    /** Asks every running execution (the run and the step job it started) to stop at a chunk boundary. */
    private void stopRunningJobs() {
        try {
            JobRepository repository = spring.bean(JobRepository.class);
            for (String name : repository.getJobNames()) {
                for (JobExecution execution : repository.findRunningJobExecutions(name)) {
                    spring.bean(JobOperator.class).stop(execution);
                    log.info("event=schedule.stop execution={} job={}", execution.getId(), name);
                }
            }
        }
        catch (Exception e) {
            log.warn("event=schedule.stop.failed", e);
        }
    }
}
