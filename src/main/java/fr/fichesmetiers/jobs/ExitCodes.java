package fr.fichesmetiers.jobs;

/** Exit codes of every command (contract: the README's exit code table). */
public final class ExitCodes {

    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int DONE_WITH_REJECTS = 3;
    public static final int LOCKED = 4;

    private ExitCodes() {
    }
}
