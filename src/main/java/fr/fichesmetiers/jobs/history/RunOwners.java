package fr.fichesmetiers.jobs.history;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who owns each run ({@code run_owner}): the host and process that created the execution, and its last sign of
 * life, renewed every {@code fiches.run-lock.heartbeat} while it runs. Times are the database's clock. An owner is
 * gone when, on this host, its process is dead (or its pid now belongs to a later process), or, on another host,
 * its last sign of life is older than {@code fiches.run-lock.owner-timeout}.
 */
public class RunOwners implements DisposableBean {

    /** An execution's owner as recorded, and how long ago (by the database's clock) it last gave a sign of life. */
    public record Owner(String host, long pid, LocalDateTime processStartedAt, Duration silence) {
    }

    private static final Logger log = LoggerFactory.getLogger(RunOwners.class);
    private final JdbcTemplate jdbc;
    private final RunOwnerSettings settings;
    private final Set<Long> owned = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService heartbeat;

    RunOwners(JdbcTemplate jdbc, RunOwnerSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Records this process as the owner of an execution it just created, and keeps it alive while it runs. */
    void own(long execution) {
        ProcessHandle self = ProcessHandle.current();
        LocalDateTime processStart = self.info().startInstant()
                .map(i -> LocalDateTime.ofInstant(i, ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS))
                .orElse(null);
        jdbc.update("INSERT INTO run_owner (job_execution_id, host, pid, process_started_at, started_at,"
                + " heartbeat_at) VALUES (?, ?, ?, ?, LOCALTIMESTAMP, LOCALTIMESTAMP)", execution, settings.host(),
                self.pid(), processStart == null ? null : Timestamp.valueOf(processStart));
        owned.add(execution);
        startHeartbeat();
    }

    /** Whether this process created the execution and it still runs here (a shared catalog has others'). */
    public boolean ownedHere(long execution) {
        return owned.contains(execution);
    }

    /** The execution has ended: no more signs of life for it. */
    void released(long execution) {
        owned.remove(execution);
    }

    private synchronized void startHeartbeat() {
        if (heartbeat != null) {
            return;
        }
        heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "run-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long period = settings.heartbeat().toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, period, period, TimeUnit.MILLISECONDS);
    }

    /** One sign of life for every execution this process runs. */
    void beat() {
        try {
            for (Long execution : List.copyOf(owned)) {
                jdbc.update("UPDATE run_owner SET heartbeat_at = LOCALTIMESTAMP WHERE job_execution_id = ?",
                        execution);
            }
        }
        catch (RuntimeException e) {
            // The next beat tries again; a run that cannot reach its database fails by itself.
            log.warn("event=heartbeat.failed message=\"{}\"", e.getMessage());
        }
    }

    /** The recorded owner of an execution, if any (executions made before owners were recorded have none). */
    public Optional<Owner> owner(long execution) {
        return jdbc.query("SELECT host, pid, process_started_at, heartbeat_at, LOCALTIMESTAMP FROM run_owner"
                + " WHERE job_execution_id = ?", (rs, row) -> {
                    Timestamp started = rs.getTimestamp(3);
                    Duration silence = Duration.between(rs.getTimestamp(4).toLocalDateTime(),
                            rs.getTimestamp(5).toLocalDateTime());
                    return new Owner(rs.getString(1), rs.getLong(2),
                            started == null ? null : started.toLocalDateTime(), silence);
                }, execution).stream().findFirst();
    }

    /**
     * Whether the owner of an execution is gone, so that it can be marked failed. An execution without an owner
     * is gone, unless it was created within the owner time-out (its process may be about to record itself).
     */
    public boolean gone(long execution, Optional<Owner> owner) {
        if (owner.isEmpty()) {
            Boolean recent = jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?"
                    + " AND CREATE_TIME > ?", (rs, row) -> rs.getInt(1) > 0, execution,
                    Timestamp.valueOf(databaseNow().minus(settings.ownerTimeout())));
            return !Boolean.TRUE.equals(recent);
        }
        Owner known = owner.get();
        if (known.host().equals(settings.host())) {
            return !processAlive(known);
        }
        return known.silence().compareTo(settings.ownerTimeout()) > 0;
    }

    private LocalDateTime databaseNow() {
        return jdbc.queryForObject("SELECT LOCALTIMESTAMP FROM catalog_lock WHERE lock_id = 1",
                (rs, row) -> rs.getTimestamp(1).toLocalDateTime());
    }

    /** Its pid runs, and is still the same process (not a later one given the same number). */
    private static boolean processAlive(Owner owner) {
        Optional<ProcessHandle> process = ProcessHandle.of(owner.pid());
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        if (owner.processStartedAt() == null) {
            return true;
        }
        return process.get().info().startInstant()
                .map(i -> LocalDateTime.ofInstant(i, ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS))
                .map(start -> Math.abs(Duration.between(start, owner.processStartedAt()).toSeconds()) <= 2)
                .orElse(true);
    }

    @Override
    public synchronized void destroy() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
    }
}
