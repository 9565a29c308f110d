package fr.fichesmetiers.importing.onisep;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ONISEP's {@code niveau_acces_min} labels in the contract's education levels. Levels the national framework has no
 * rank of their own for go to the one usual guides count them at: Bac + 1 to Bac (niveau 4), Bac + 4 to Bac+3
 * (niveau 6, like a master's first year), Bac + 6 and Bac + 7 to Bac+5 (niveau 7), Bac + 9 et plus to Bac+8; CAP +
 * 1 an to CAP/BEP, the brevet and 3e to Sans diplôme. Those are the nearest, not the same level, and the import
 * says so. Labels that name no level ("autre formation") give none: the profile is published without it.
 */
final class OnisepLevels {

    private static final Map<String, String> LEVELS = Map.ofEntries(Map.entry("sans diplome", "Sans diplôme"),
            Map.entry("3e", "Sans diplôme"), Map.entry("diplome national du brevet", "Sans diplôme"),
            Map.entry("cap ou equivalent", "CAP/BEP"), Map.entry("cap ou equivalent + 1 an", "CAP/BEP"),
            Map.entry("bac ou equivalent", "Bac"), Map.entry("bac + 1", "Bac"), Map.entry("bac + 2", "Bac+2"),
            Map.entry("bac + 3", "Bac+3"), Map.entry("bac + 4", "Bac+3"), Map.entry("bac + 5", "Bac+5"),
            Map.entry("bac + 6", "Bac+5"), Map.entry("bac + 7", "Bac+5"), Map.entry("bac + 8", "Bac+8"),
            Map.entry("bac + 9 et plus", "Bac+8"));

    /** The labels that are the contract's level itself, under ONISEP's wording. */
    private static final Set<String> SAME = Set.of("sans diplome", "cap ou equivalent", "bac ou equivalent",
            "bac + 2", "bac + 3", "bac + 5", "bac + 8");

    private OnisepLevels() {
    }

    /**
     * An ONISEP level as one of the contract's.
     *
     * @param level the contract's label
     * @param nearest whether it is only the nearest of the contract's levels, not the same one
     */
    record Match(String level, boolean nearest) {
    }

    /** The contract's level for an ONISEP level, if it maps onto one. */
    static Optional<Match> of(String onisepLabel) {
        if (onisepLabel == null) {
            return Optional.empty();
        }
        String key = Normalizer.normalize(onisepLabel, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s*\\+\\s*", " + ").replaceAll("\\s+", " ").strip();
        return Optional.ofNullable(LEVELS.get(key)).map(level -> new Match(level, !SAME.contains(key)));
    }
}
