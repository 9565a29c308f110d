package fr.fichesmetiers.fiche;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;

/**
 * The DARES ROME v3 → FAP-2009 crosswalk ({@code passage_fap2009_romev3}): the FAP families a ROME code may
 * belong to, and the one to take when there is no doubt. A 4.0 code goes through its v3 parent.
 *
 * <p>For 201 of the 532 v3 codes the family depends on the job's qualification, a France Travail digit: 1
 * manœuvre, 2 ouvrier spécialisé, 3 ouvrier qualifié P1/P2, 4 ouvrier qualifié P3/P4 or hautement qualifié, 5
 * employé non qualifié, 6 employé qualifié, 7 technicien, 8 agent de maîtrise, 9 cadre (0, not given, is left
 * out). A profile has no qualification, only an education level, which maps to the qualifications it usually leads
 * to ({@link #qualifications}); the family is derived only when all of them give the same one.
 */
public final class RomeFapCrosswalk {

    private final ReferenceCodes codes;
    /** v3 code → its one family, for the codes whose family does not depend on the qualification. */
    private final Map<String, FapCode> direct;
    /** v3 code → qualification digit → family, for the others. */
    private final Map<String, Map<Integer, FapCode>> byQualification;

    RomeFapCrosswalk(ReferenceCodes codes, Map<String, FapCode> direct,
            Map<String, Map<Integer, FapCode>> byQualification) {
        this.codes = codes;
        this.direct = Map.copyOf(direct);
        this.byQualification = byQualification.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
    }

    /** The bundled crosswalk files; {@code codes} gives the v3 parents of 4.0 codes. */
    public static RomeFapCrosswalk bundled(ReferenceCodes codes) {
        Map<String, FapCode> direct = new HashMap<>();
        for (CSVRecord row : ReferenceFiles.rows("rome-v3-fap-2009-direct.csv")) {
            direct.put(row.get("code_rome"), new FapCode(row.get("code_fap")));
        }
        Map<String, Map<Integer, FapCode>> byQualification = new HashMap<>();
        for (CSVRecord row : ReferenceFiles.rows("rome-v3-fap-2009-par-qualification.csv")) {
            byQualification.computeIfAbsent(row.get("code_rome"), code -> new HashMap<>())
                    .put(Integer.valueOf(row.get("qualification")), new FapCode(row.get("code_fap")));
        }
        return new RomeFapCrosswalk(codes, direct, byQualification);
    }

    /**
     * The qualification digits an education level usually leads to: without a diploma, unskilled jobs (1, 2, 5);
     * CAP/BEP, skilled workers and employees (3, 4, 6); Bac (bac pro, BP), highly skilled workers and skilled
     * employees (4, 6); Bac+2 and Bac+3, technicians (7); Bac+5 and Bac+8, cadres (9). Agent de maîtrise (8) is
     * reached by experience rather than by a diploma: no level leads to it.
     */
    static Set<Integer> qualifications(EducationLevel level) {
        return switch (level) {
            case SANS_DIPLOME -> Set.of(1, 2, 5);
            case CAP_BEP -> Set.of(3, 4, 6);
            case BAC -> Set.of(4, 6);
            case BAC_2, BAC_3 -> Set.of(7);
            case BAC_5, BAC_8 -> Set.of(9);
        };
    }

    /** The families the crosswalk gives a code read in a version, in code order; empty when it has none. */
    public List<FapCode> candidates(RomeCode code, RomeVersion version) {
        return derive(code, version, Optional.empty()).candidates();
    }

    /**
     * The family of a code read in a version: the crosswalk's one when it gives one; when it depends on the
     * qualification, the one all the qualifications of {@code level} give, if they give only one.
     */
    public FapDerivation derive(RomeCode code, RomeVersion version, Optional<EducationLevel> level) {
        Optional<RomeCode> v3 = version == RomeVersion.V3 ? Optional.of(code).filter(c -> codes.isKnownRome(
                c.code(), RomeVersion.V3)) : codes.v3Parent(code);
        if (v3.isEmpty()) {
            return FapDerivation.none();
        }
        FapCode only = direct.get(v3.get().code());
        if (only != null) {
            return new FapDerivation(FapDerivation.Method.DIRECT, v3, List.of(only), Optional.of(only));
        }
        Map<Integer, FapCode> families = byQualification.get(v3.get().code());
        if (families == null) {
            return FapDerivation.none();
        }
        List<FapCode> candidates = sorted(families.values());
        Optional<FapCode> chosen = level.map(l -> qualifications(l).stream().map(families::get).distinct().toList())
                .filter(found -> found.size() == 1 && found.get(0) != null).map(found -> found.get(0));
        return new FapDerivation(chosen.isPresent() ? FapDerivation.Method.BY_LEVEL : FapDerivation.Method.AMBIGUOUS,
                v3, candidates, chosen);
    }

    private static List<FapCode> sorted(Iterable<FapCode> families) {
        TreeSet<String> sorted = new TreeSet<>();
        families.forEach(family -> sorted.add(family.code()));
        return sorted.stream().map(FapCode::new).toList();
    }
}
