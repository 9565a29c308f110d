package fr.fichesmetiers.jobs;

import java.util.concurrent.Callable;

/** Runs a command that writes (catalog, outputs) while holding the data directory's lock; exit 4 if taken. */
final class LockedRun {

    private LockedRun() {
    }

    /** Work that can say, once it knows, which execution it is running. */
    @FunctionalInterface
    interface Work {
        int call(RunLock lock) throws Exception;
    }

    static int run(String description, Callable<Integer> work) throws Exception {
        return run(description, lock -> work.call());
    }

    static int run(String description, Work work) throws Exception {
        try (RunLock lock = RunLock.acquire(SpringContext.dataDirectory(), description)) {
            return work.call(lock);
        }
        catch (RunLock.HeldException e) {
            throw new UserException(ExitCodes.LOCKED,
                    "Une autre exécution est en cours / another run holds the lock: " + e.getMessage());
        }
    }
}
