package fr.fichesmetiers.jobs.run;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.UserException;

/** Takes the data directory's run lock for a command that writes; exit 4, naming the holder, when it is taken. */
@Component
public class RunLocks {

    private static final Logger log = LoggerFactory.getLogger(RunLocks.class);
    private final DataDirectory dataDirectory;

    RunLocks(DataDirectory dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** For a process already started (the scheduler, between its runs). */
    public RunLock acquire(String description) {
        return acquire(dataDirectory, description);
    }

    /** @throws UserException exit 4 when another run holds the lock */
    public static RunLock acquire(DataDirectory dataDirectory, String description) {
        try {
            RunLock lock = RunLock.acquire(dataDirectory, description);
            log.info("event=lock.acquired file={} holder=\"{}\"", dataDirectory.lockFile(), description);
            return lock;
        }
        catch (RunLock.HeldException e) {
            log.info("event=lock.refused file={} holder=\"{}\"", dataDirectory.lockFile(), e.getMessage());
            throw new UserException(ExitCodes.LOCKED,
                    "Une autre exécution est en cours / another run holds the lock: " + e.getMessage());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
