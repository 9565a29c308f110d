package fr.fichesmetiers.importing.hostile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile inputs, generated when the tests run (nothing binary is committed): {@link HostileFiles} and
 * {@link HostileRows}.
 */
final class HostileCorpus {

    private HostileCorpus() {
    }

    static List<HostileCase> cases(Path outside, Baseline baseline) {
        List<HostileCase> cases = new ArrayList<>();
        cases.addAll(HostileFiles.encodings(baseline.lines() + 1));
        cases.addAll(HostileFiles.notCsv());
        cases.addAll(HostileRows.sizes());
        cases.addAll(HostileRows.texts());
        cases.addAll(HostileRows.salaries());
        cases.addAll(HostileRows.faq());
        cases.addAll(HostileFiles.notRegular(outside));
        return cases;
    }
}
