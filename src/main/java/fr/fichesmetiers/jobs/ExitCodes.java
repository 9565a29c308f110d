package fr.fichesmetiers.jobs;

/** Exit codes of every command (contract: the README's exit code table and the help's footer). */
public final class ExitCodes {

    public static final int DONE = 0;
    /** The job failed or refused the input, or a disk is full; the previous catalog is intact. */
    public static final int FAILED = 1;
    /** A wrong command line, configuration or Java version. */
    public static final int USAGE = 2;
    public static final int DONE_WITH_REJECTS = 3;
    /** Another run of the tool holds the data directory's lock. */
    public static final int LOCKED = 4;
    /** Stopped on request (SIGTERM, Ctrl-C, {@code stop ID}) at a chunk boundary: {@code restart ID} resumes it. */
    public static final int STOPPED = 5;
    /** The database is held by another program (not a run of this tool). */
    public static final int DATABASE_IN_USE = 6;
    /** The database server cannot be reached. */
    public static final int DATABASE_UNREACHABLE = 7;
    /** The database file is damaged. */
    public static final int DATABASE_DAMAGED = 8;
    /** The data directory (or an output folder) cannot be written by this user. */
    public static final int PERMISSION_DENIED = 9;
    /** Stopped at once by a second signal or the stop time-out (128 + SIGTERM, as a killed process). */
    public static final int HALTED = 143;

    private ExitCodes() {
    }
}
