package fr.fichesmetiers.jobs;

/** An expected error with a message meant for the user and the exit code that goes with it. */
class UserException extends RuntimeException {

    private final int exitCode;

    UserException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
