package fr.fichesmetiers.jobs;

import java.util.concurrent.Callable;

/** Runs a command that writes (catalog, outputs) while holding the data directory's lock; exit 4 if taken. */
final class LockedRun {

    private LockedRun() {
    }

    static int run(String description, Callable<Integer> work) throws Exception {
        try (RunLock lock = RunLock.acquire(SpringContext.dataDirectory(), description)) {
            return work.call();
        }
        catch (RunLock.HeldException e) {
            throw new UserException(ExitCodes.LOCKED,
                    "Une autre exécution est en cours / another run holds the lock: " + e.getMessage());
        }
    }
}
