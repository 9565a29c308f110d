package fr.fichesmetiers.fiche;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Spring Batch's run history as the purge sees it: which runs can still go on, which are over and old enough to
 * go, and their removal from the {@code BATCH_} tables (children first, as their foreign keys require).
 */
final class RunHistory {

    /** Statuses after which a run can never be restarted. */
    private static final Set<String> OVER = Set.of("COMPLETED", "ABANDONED");
    private static final int IDS_AT_ONCE = 500;

    private record Execution(long id, long instance, LocalDateTime created, LocalDateTime ended, String status) {

        /** Whether this execution was created while {@code other} was going on (a job step's child job). */
        boolean createdDuring(Execution other) {
            return !created.isBefore(other.created) && (other.ended == null || !created.isAfter(other.ended));
        }
    }

    /** How many rows of each kind went. */
    record Removed(int instances, int executions, int steps) {
    }

    private final NamedParameterJdbcTemplate named;
    private final List<Execution> executions;

    RunHistory(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.executions = jdbc.query("SELECT JOB_EXECUTION_ID, JOB_INSTANCE_ID, CREATE_TIME, END_TIME, STATUS"
                + " FROM BATCH_JOB_EXECUTION", (rs, n) -> new Execution(rs.getLong(1), rs.getLong(2),
                        rs.getTimestamp(3).toLocalDateTime(), time(rs.getTimestamp(4)), rs.getString(5)));
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }

    /** Runs that are going on or can be restarted: none of their executions completed or was abandoned. */
    Set<Long> live() {
        Set<Long> over = new HashSet<>();
        Set<Long> all = new HashSet<>();
        for (Execution execution : executions) {
            all.add(execution.instance());
            if (OVER.contains(execution.status())) {
                over.add(execution.instance());
            }
        }
        all.removeAll(over);
        return all;
    }

    /** When an execution was created, if the history still has it. */
    LocalDateTime createdAt(long executionId) {
        return executions.stream().filter(e -> e.id() == executionId).map(Execution::created).findFirst()
                .orElse(null);
    }

    /**
     * The runs that are over and whose every execution ended before {@code cutoff}, but for those created while a
     * live run was going on (the child jobs of a run that may be restarted: it looks for them).
     */
    Set<Long> purgeable(LocalDateTime cutoff) {
        Set<Long> live = live();
        List<Execution> liveExecutions = executions.stream().filter(e -> live.contains(e.instance())).toList();
        Map<Long, Boolean> purgeable = new HashMap<>();
        for (Execution execution : executions) {
            boolean old = !live.contains(execution.instance()) && execution.ended() != null
                    && execution.ended().isBefore(cutoff)
                    && liveExecutions.stream().noneMatch(execution::createdDuring);
            purgeable.merge(execution.instance(), old, Boolean::logicalAnd);
        }
        Set<Long> instances = new HashSet<>();
        purgeable.forEach((instance, old) -> {
            if (old) {
                instances.add(instance);
            }
        });
        return instances;
    }

    /** Removes these runs with their executions, parameters, contexts and steps. */
    Removed remove(Set<Long> instances) {
        List<Long> ids = List.copyOf(instances);
        int removedInstances = 0;
        int removedExecutions = 0;
        int removedSteps = 0;
        for (int from = 0; from < ids.size(); from += IDS_AT_ONCE) {
            MapSqlParameterSource params = new MapSqlParameterSource("ids",
                    ids.subList(from, Math.min(ids.size(), from + IDS_AT_ONCE)));
            String executionsOf = "SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID IN (:ids)";
            named.update("DELETE FROM BATCH_STEP_EXECUTION_CONTEXT WHERE STEP_EXECUTION_ID IN (SELECT STEP_EXECUTION_ID"
                    + " FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (" + executionsOf + "))", params);
            removedSteps += named.update("DELETE FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN ("
                    + executionsOf + ")", params);
            named.update("DELETE FROM BATCH_JOB_EXECUTION_CONTEXT WHERE JOB_EXECUTION_ID IN (" + executionsOf + ")",
                    params);
            named.update("DELETE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID IN (" + executionsOf + ")",
                    params);
            removedExecutions += named.update("DELETE FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID IN (:ids)",
                    params);
            removedInstances += named.update("DELETE FROM BATCH_JOB_INSTANCE WHERE JOB_INSTANCE_ID IN (:ids)", params);
        }
        return new Removed(removedInstances, removedExecutions, removedSteps);
    }
}
