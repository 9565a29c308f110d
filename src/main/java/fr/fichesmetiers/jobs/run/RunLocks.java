package fr.fichesmetiers.jobs.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.UserException;
import fr.fichesmetiers.jobs.history.RunOwnerSettings;

/**
 * Takes the run lock for a command that writes, of the kind the configuration asks for ({@link RunLockKind}); exit
 * 4, naming the holder ({@code pid 1234@host, run nightly}), when it is taken.
 */
@Component
public class RunLocks {

    private static final Logger log = LoggerFactory.getLogger(RunLocks.class);
    private final Environment environment;

    RunLocks(Environment environment) {
        this.environment = environment;
    }

    /** For a process already started (the scheduler, between its runs). */
    public RunLock acquire(String description) {
        return acquire(environment, description, RunLock.Scope.catalog());
    }

    /**
     * @param environment as Boot prepared it: the lock is taken before any bean exists
     * @throws UserException exit 4 when another run holds the lock
     */
    public static RunLock acquire(Environment environment, String description, RunLock.Scope scope) {
        String host = RunOwnerSettings.of(environment).host();
        RunLockKind kind = RunLockKind.of(environment);
        String where = kind == RunLockKind.FILE ? DataDirectory.of(environment).lockFile().toString()
                : "database";
        try {
            RunLock lock = kind == RunLockKind.FILE
                    ? FileRunLock.acquire(DataDirectory.of(environment), description, host)
                    : DatabaseRunLock.acquire(environment.getProperty("spring.datasource.url"),
                            environment.getProperty("spring.datasource.username"),
                            environment.getProperty("spring.datasource.password"), host, description, scope);
            log.info("event=lock.acquired kind={} where={} holder=\"{}\"", kind, where, description);
            return lock;
        }
        catch (RunLock.HeldException e) {
            log.info("event=lock.refused kind={} where={} holder=\"{}\"", kind, where, e.getMessage());
            throw new UserException(ExitCodes.LOCKED,
                    "Une autre exécution est en cours / another run holds the lock: " + e.getMessage());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
