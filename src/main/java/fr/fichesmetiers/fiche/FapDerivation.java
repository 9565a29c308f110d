package fr.fichesmetiers.fiche;

import java.util.List;
import java.util.Optional;

/**
 * What the DARES crosswalk says about the FAP-2009 family of a ROME code: the candidate families, and the one
 * derived from them when that choice is not a guess.
 *
 * @param method how the family was (or could not be) derived
 * @param v3Code the v3 code the crosswalk was read with: the code itself, or the v3 parent of a 4.0 code; empty
 *        when the code is in neither list
 * @param candidates the detailed families ({@code M2Z90}) the crosswalk gives the code, in code order; empty with
 *        {@link Method#NONE}
 * @param fap the family derived, present with {@link Method#DIRECT} and {@link Method#BY_LEVEL} only
 */
public record FapDerivation(Method method, Optional<RomeCode> v3Code, List<FapCode> candidates, Optional<FapCode> fap) {

    /** How a family was derived. */
    public enum Method {
        /** The crosswalk gives the code one family, whatever the qualification. */
        DIRECT,
        /** The family depends on the qualification, and the education level chose it without doubt. */
        BY_LEVEL,
        /** The family depends on the qualification, and the education level is missing or fits several. */
        AMBIGUOUS,
        /** The crosswalk does not know the code. */
        NONE
    }

    public FapDerivation {
        candidates = List.copyOf(candidates);
        if (fap.isPresent() != (method == Method.DIRECT || method == Method.BY_LEVEL)) {
            throw new IllegalArgumentException("A family is derived directly or by level, and only then");
        }
    }

    static FapDerivation none() {
        return new FapDerivation(Method.NONE, Optional.empty(), List.of(), Optional.empty());
    }

    /**
     * Whether a profile's family is among the candidates: a detailed family ({@code M2Z90}) must be one of them, a
     * family ({@code M2Z}) must be that of one of them. Always true when the crosswalk has no candidate to compare.
     */
    public boolean accepts(FapCode given) {
        if (candidates.isEmpty()) {
            return true;
        }
        String code = given.code();
        return candidates.stream().anyMatch(candidate -> code.length() == 3 ? candidate.code().startsWith(code)
                : candidate.code().equals(code));
    }
}
