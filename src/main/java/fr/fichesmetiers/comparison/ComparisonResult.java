package fr.fichesmetiers.comparison;

/** What a comparison run did. */
public record ComparisonResult(boolean completed, boolean noCatalog, int rows, boolean streamed, String file,
        long millis, String failureMessage) {

    public int exitCode() {
        return completed ? 0 : 1;
    }

    public double rowsPerSecond() {
        return millis <= 0 ? 0 : rows * 1000.0 / millis;
    }
}
