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
}
