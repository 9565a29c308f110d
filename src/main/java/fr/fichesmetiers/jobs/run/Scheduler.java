package fr.fichesmetiers.jobs.run;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.UserException;
import fr.fichesmetiers.jobs.definition.JobDefinition;
import fr.fichesmetiers.jobs.history.Executions;
import fr.fichesmetiers.jobs.history.RunOwners;
import fr.fichesmetiers.support.Messages;

/**
 * {@code schedule}: runs each scheduled definition at its cron times, one run at a time, each under the run lock
 * (a run due while another process holds it is refused and logged). A run that fails, even unexpectedly, is
 * counted failed in history and the service goes on to the next due time. On SIGTERM or Ctrl-C the running job is
 * asked to stop at its next chunk boundary, so that {@code restart} can finish it later.
 */
@Component
public class Scheduler {

    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final DefinitionRunner runner;
    private final RunLocks locks;
    private final Executions executions;
    private final RunOwners owners;

    Scheduler(DefinitionRunner runner, RunLocks locks, Executions executions, RunOwners owners) {
        this.runner = runner;
        this.locks = locks;
        this.executions = executions;
        this.owners = owners;
    }

    /** @param maxRuns stops after that many runs, or never when 0 */
    public int serve(List<JobDefinition> scheduled, int maxRuns, Messages m, PrintWriter out)
            throws InterruptedException {
        Service service = new Service(scheduled, maxRuns, m, out);
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            service.stopping = true;
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
            return service.loop();
        }
        finally {
            finished.countDown();
            if (!service.stopping) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
    }

    /** One service's state: the next time of each definition, and whether it was asked to stop. */
    private final class Service {

        private final List<JobDefinition> scheduled;
        private final int maxRuns;
        private final Messages m;
        private final PrintWriter out;
        private volatile boolean stopping;

        Service(List<JobDefinition> scheduled, int maxRuns, Messages m, PrintWriter out) {
            this.scheduled = scheduled;
            this.maxRuns = maxRuns;
            this.m = m;
            this.out = out;
        }

        int loop() throws InterruptedException {
            Map<JobDefinition, LocalDateTime> next = new HashMap<>();
            scheduled.forEach(d -> next.put(d, d.schedule().next(LocalDateTime.now())));
            scheduled.forEach(d -> out.println(m.get("schedule.planned", d.name(), d.scheduleText(),
                    TIME.format(next.get(d)))));
            int runs = 0;
            while (!stopping && (maxRuns == 0 || runs < maxRuns)) {
                JobDefinition due = next.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
                while (!stopping && LocalDateTime.now().isBefore(next.get(due))) {
                    Thread.sleep(200);
                }
                if (stopping) {
                    break;
                }
                out.println(m.get("schedule.starting", due.name(), TIME.format(LocalDateTime.now())));
                log.info("event=schedule.run job={}", due.name());
                runOnce(due);
                runs++;
                LocalDateTime now = LocalDateTime.now();
                LocalDateTime planned = due.schedule().next(next.get(due));
                if (!planned.isAfter(now)) {
                    // Times that passed while this run went on are skipped, never run late and in a pile.
                    log.info("event=schedule.skipped job={} missed={}", due.name(), planned);
                    out.println(m.get("schedule.skipped", due.name(), TIME.format(planned)));
                    planned = due.schedule().next(now);
                }
                next.put(due, planned);
                out.println(m.get("schedule.next", due.name(), TIME.format(next.get(due))));
            }
            out.println(m.get(stopping ? "schedule.stopped" : "schedule.done", String.valueOf(runs)));
            return ExitCodes.DONE;
        }

        /** One run; whatever goes wrong is said and logged, and the service waits for the next due time. */
        private void runOnce(JobDefinition due) {
            try (RunLock lock = locks.acquire("schedule " + due.name())) {
                runner.run(due, lock, m, out);
            }
            catch (UserException e) {
                out.println(e.getMessage());
                log.warn("event=schedule.run.refused job={} reason=\"{}\"", due.name(), e.getMessage());
            }
            catch (Exception e) {
                out.println(m.get("schedule.failed", due.name(), e.getClass().getSimpleName() + ": "
                        + e.getMessage()));
                log.error("event=schedule.run.failed job={} error=\"{}\"", due.name(), e, e);
            }
        }
    }

    /** Asks every running execution (the run and the step job it started) to stop at a chunk boundary. */
    private void stopRunningJobs() {
        try {
            for (JobExecution execution : executions.running()) {
                // Only this process's own: on a shared catalog other hosts' runs are running too.
                if (!owners.ownedHere(execution.getId())) {
                    continue;
                }
                executions.requestStop(execution);
                log.info("event=schedule.stop execution={} job={}", execution.getId(),
                        execution.getJobInstance().getJobName());
            }
        }
        catch (Exception e) {
            log.warn("event=schedule.stop.failed", e);
        }
    }
}
