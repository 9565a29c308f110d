package fr.fichesmetiers.jobs;

/** An expected error with a message meant for the user and the exit code that goes with it. */
public class UserException extends RuntimeException {

    private final int exitCode;

    public UserException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
