package fr.fichesmetiers.importing.hostile;

import java.util.Set;

import fr.fichesmetiers.importing.RuleCode;

/**
 * One hostile input and what the import must make of it.
 *
 * @param exitCode the exit code of the contract (0 done, 1 refused, 3 rows rejected)
 * @param rule the refusal's rule, or the rule of a rejected row; {@code null} when nothing is refused
 * @param line the line the message names (a refusal's or the rejected row's), or {@code null}
 * @param says a part of the message a person reads (the refusal, or the rejected row's), or {@code null}
 * @param added the ids the import adds to the published catalog (nothing else in it may change)
 * @param neverShown text of the file that no message may repeat, or {@code null}
 */
record HostileCase(String name, Setup setup, int exitCode, RuleCode rule, Integer line, String says,
        Set<String> added, String neverShown) {

    /** Writes the case's input folder. */
    @FunctionalInterface
    interface Setup {
        void write(HostileFolder folder, Baseline baseline) throws Exception;
    }

    static HostileCase refused(String name, RuleCode rule, String says, Setup setup) {
        return new HostileCase(name, setup, 1, rule, null, says, Set.of(), null);
    }

    static HostileCase refusedAt(String name, RuleCode rule, int line, String says, Setup setup) {
        return new HostileCase(name, setup, 1, rule, line, says, Set.of(), null);
    }

    /** A row rejected at line 2 (the case's row comes first), the baseline published again unchanged. */
    static HostileCase rejected(String name, RuleCode rule, String says, Setup setup) {
        return new HostileCase(name, setup, 3, rule, 2, says, Set.of(), null);
    }

    static HostileCase rejectedAt(String name, RuleCode rule, int line, String says, Setup setup) {
        return new HostileCase(name, setup, 3, rule, line, says, Set.of(), null);
    }

    /** Imported: the ids added, the baseline unchanged. */
    static HostileCase imported(String name, Set<String> added, Setup setup) {
        return new HostileCase(name, setup, 0, null, null, null, added, null);
    }

    HostileCase atLine(int at) {
        return new HostileCase(name, setup, exitCode, rule, at, says, added, neverShown);
    }

    /** Rows of the case that are valid and published besides its rejected one. */
    HostileCase adding(String... ids) {
        return new HostileCase(name, setup, exitCode, rule, line, says, Set.of(ids), neverShown);
    }

    HostileCase neverShowing(String secret) {
        return new HostileCase(name, setup, exitCode, rule, line, says, added, secret);
    }

    @Override
    public String toString() {
        return name;
    }
}
