package fr.fichesmetiers.jobs.run;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.history.Executions;
import fr.fichesmetiers.jobs.history.RunOwners;
import fr.fichesmetiers.support.Messages;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * What SIGTERM ({@code systemctl stop}, a cron time-out, {@code kill}) and Ctrl-C do to a command that runs jobs:
 * the executions this process started are asked to stop at their next chunk boundary, as {@code stop ID} asks, so
 * that the run ends STOPPED and {@code restart ID} resumes it. A second signal, or no stop within
 * {@code fiches.stop.timeout}, halts the process at once: its run then stays STARTED until {@code recover}.
 * The JVM's own handling (shutdown hooks, then exit) cannot see a second signal, hence {@code sun.misc.Signal}.
 */
@Component
public class StopOnRequest {

    private static final Logger log = LoggerFactory.getLogger(StopOnRequest.class);
    private static final List<String> SIGNALS = List.of("TERM", "INT");
    private final Executions executions;
    private final RunOwners owners;
    private final StopSettings settings;

    StopOnRequest(Executions executions, RunOwners owners, StopSettings settings) {
        this.owners = owners;
        this.executions = executions;
        this.settings = settings;
    }

    /** Handles the signals until closed; the caller holds the run lock, so every new execution is its own. */
    public Guard guard(Messages m, PrintWriter out) {
        return new Guard(m, out);
    }

    /** The signal handling of one command, from before its job starts to after it ended. */
    public final class Guard implements AutoCloseable {

        private final Messages m;
        private final PrintWriter out;
        /** Executions up to this id existed before the command: not this process's. */
        private final long watermark;
        private final AtomicInteger received = new AtomicInteger();
        private final java.util.Map<Signal, SignalHandler> previous = new java.util.HashMap<>();
        private volatile boolean closed;

        private Guard(Messages m, PrintWriter out) {
            this.m = m;
            this.out = out;
            this.watermark = executions.lastId();
            for (String name : SIGNALS) {
                Signal signal = new Signal(name);
                previous.put(signal, Signal.handle(signal, this::received));
            }
        }

        private void received(Signal signal) {
            if (received.incrementAndGet() == 1) {
                log.info("event=stop.requested signal={} timeout={}", signal.getName(), settings.timeout());
                Thread stopper = new Thread(this::stopUntilClosed, "stop-on-request");
                stopper.setDaemon(true);
                stopper.start();
            }
            else {
                halt("SIG" + signal.getName());
            }
        }

        /**
         * Asks every execution of this process to stop, again as new ones start (a run's next step job, a job
         * that was still starting when the signal came), until the command ends or the time-out passes.
         */
        private void stopUntilClosed() {
            long deadline = System.nanoTime() + settings.timeout().toNanos();
            Set<Long> stopped = new HashSet<>();
            while (!closed) {
                try {
                    for (JobExecution execution : executions.running()) {
                        // Only this process's own: on a shared catalog other hosts' runs are running too.
                        if (execution.getId() > watermark && owners.ownedHere(execution.getId())
                                && stopped.add(execution.getId())) {
                            executions.requestStop(execution);
                            log.info("event=stop.sent execution={} job={}", execution.getId(),
                                    execution.getJobInstance().getJobName());
                        }
                    }
                }
                catch (Exception e) {
                    log.warn("event=stop.failed", e);
                }
                if (System.nanoTime() > deadline) {
                    halt(m.get("stop.timeout", String.valueOf(settings.timeout().toSeconds())));
                }
                try {
                    Thread.sleep(100);
                }
                catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void halt(String reason) {
            if (closed) {
                return;
            }
            log.warn("event=stop.halted reason=\"{}\"", reason);
            out.println(m.get("stop.halted", reason));
            out.flush();
            Runtime.getRuntime().halt(ExitCodes.HALTED);
        }

        /** The first execution of this process that ended STOPPED (the run, before its step jobs), if any. */
        public OptionalLong stoppedRun() {
            return executions.firstStoppedAfter(watermark);
        }

        /**
         * The command's exit code: 5 with a line saying how to resume when its run was stopped (by a signal or by
         * {@code stop ID}), else the one given.
         */
        public int exitCode(int otherwise) {
            OptionalLong stopped = stoppedRun();
            if (stopped.isEmpty()) {
                return otherwise;
            }
            out.println(m.get("stop.stopped", String.valueOf(stopped.getAsLong())));
            log.info("event=run.stopped execution={}", stopped.getAsLong());
            return ExitCodes.STOPPED;
        }

        @Override
        public void close() {
            closed = true;
            previous.forEach(Signal::handle);
        }
    }
}
