package fr.fichesmetiers.fiche;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;

/**
 * The official lists bundled under {@code reference/} (sources in its README): ROME v3, ROME 4.0 with each code's
 * v3 parent, and FAP-2009. Loaded once, looked up by code in constant time. A ROME code is always looked up in a
 * version: the same code has a label in each, and 4.0 has codes v3 lacks.
 */
public final class ReferenceCodes {

    private final Map<RomeVersion, Map<String, String>> romeLabels;
    private final Map<String, String> v3Parents;
    private final Map<String, String> fapLabels;

    /**
     * @param v3Parents for each ROME 4.0 code, the v3 code it derives from ({@code code_rome_parent})
     */
    ReferenceCodes(Map<String, String> v3Labels, Map<String, String> v4Labels, Map<String, String> v3Parents,
            Map<String, String> fapLabels) {
        EnumMap<RomeVersion, Map<String, String>> labels = new EnumMap<>(RomeVersion.class);
        labels.put(RomeVersion.V3, Map.copyOf(v3Labels));
        labels.put(RomeVersion.V4, Map.copyOf(v4Labels));
        this.romeLabels = labels;
        this.v3Parents = Map.copyOf(v3Parents);
        this.fapLabels = Map.copyOf(fapLabels);
    }

    /** Loads the bundled lists from the class path. */
    public static ReferenceCodes bundled() {
        Map<String, String> v4Labels = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        for (CSVRecord row : ReferenceFiles.rows("rome-v4.61.csv")) {
            v4Labels.put(row.get("code"), row.get("libelle"));
            parents.put(row.get("code"), row.get("code_rome_parent"));
        }
        return new ReferenceCodes(labels("rome-v3.csv"), v4Labels, parents, labels("fap-2009.csv"));
    }

    /** Every code of a version's list with its label, in code order (for a workbook's list of codes). */
    public java.util.SortedMap<String, String> romeCodes(RomeVersion version) {
        return new java.util.TreeMap<>(romeLabels.get(version));
    }

    /** Whether a ROME code (well formed, upper case) is in a version's list. */
    public boolean isKnownRome(String code, RomeVersion version) {
        return romeLabels.get(version).containsKey(code);
    }

    /** Whether the version not asked has the code: {@code M1855} asked in v3 exists in 4.0. */
    public boolean isKnownInOtherVersion(String code, RomeVersion version) {
        return isKnownRome(code, version.other());
    }

    /**
     * The official label of a ROME code in a version, compared strictly by code: M1802 is "Expertise et support en
     * systèmes d'information" in v3 and "Expert / Experte systèmes et réseaux informatiques" in 4.0.
     */
    public Optional<String> romeLabel(RomeCode code, RomeVersion version) {
        return Optional.ofNullable(romeLabels.get(version).get(code.code()));
    }

    /** The v3 code a ROME 4.0 code derives from ({@code M1855} → {@code M1805}); empty for a code 4.0 lacks. */
    public Optional<RomeCode> v3Parent(RomeCode v4Code) {
        return Optional.ofNullable(v3Parents.get(v4Code.code())).map(RomeCode::new);
    }

    public boolean isKnownFap(String code) {
        return fapLabels.containsKey(code);
    }

    public Optional<String> fapLabel(FapCode code) {
        return Optional.ofNullable(fapLabels.get(code.code()));
    }

    private static Map<String, String> labels(String file) {
        Map<String, String> labels = new HashMap<>();
        for (CSVRecord row : ReferenceFiles.rows(file)) {
            labels.put(row.get("code"), row.get("libelle"));
        }
        return labels;
    }
}
