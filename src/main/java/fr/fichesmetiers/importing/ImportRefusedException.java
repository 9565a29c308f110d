package fr.fichesmetiers.importing;

/** A file-level rule refused the whole import: nothing is published and the message says why. */
public class ImportRefusedException extends RuntimeException {

    private final RuleCode rule;

    public ImportRefusedException(RuleCode rule, String message) {
        super(message);
        this.rule = rule;
    }

    public RuleCode rule() {
        return rule;
    }

    /** The refusal behind a failure, or {@code null}: Spring Batch wraps what a reader or processor throws. */
    public static ImportRefusedException in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ImportRefusedException refused) {
                return refused;
            }
        }
        return null;
    }
}
