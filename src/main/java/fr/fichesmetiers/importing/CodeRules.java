package fr.fichesmetiers.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import fr.fichesmetiers.fiche.EducationLevel;
import fr.fichesmetiers.fiche.FapCode;
import fr.fichesmetiers.fiche.FapDerivation;
import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.fiche.RomeCode;
import fr.fichesmetiers.fiche.RomeFapCrosswalk;
import fr.fichesmetiers.fiche.RomeVersion;
import fr.fichesmetiers.support.Messages;

/**
 * The rules of a row's codes: the ROME version, the ROME code in that version, the FAP family, and the family taken
 * from the ROME code through the DARES crosswalk when the row gives none.
 */
final class CodeRules {

    private final ReferenceCodes codes;
    private final RomeFapCrosswalk crosswalk;
    private final Messages messages;

    CodeRules(ReferenceCodes codes, RomeFapCrosswalk crosswalk, Messages messages) {
        this.codes = codes;
        this.crosswalk = crosswalk;
        this.messages = messages;
    }

    /** The version a row names, or {@code null} after reporting one it does not. */
    RomeVersion version(String value, String column, Consumer<RowProblem> problems) {
        Optional<RomeVersion> version = RomeVersion.parse(value);
        if (version.isEmpty()) {
            problems.accept(new RowProblem(column, value, RuleCode.ROME_VERSION_UNKNOWN,
                    messages.get("rule.ROME_VERSION_UNKNOWN", value)));
        }
        return version.orElse(null);
    }

    /** A ROME code known to its version, or {@code null} after reporting why not (and whether the other has it). */
    RomeCode rome(String code, RomeVersion version, String column, Consumer<RowProblem> problems) {
        String normalised = code.toUpperCase(Locale.ROOT).replace(" ", "");
        if (!RomeCode.isWellFormed(normalised)) {
            problems.accept(new RowProblem(column, code, RuleCode.ROME_FORMAT, messages.get("rule.ROME_FORMAT", code)));
            return null;
        }
        if (version == null) {
            return null;
        }
        if (!codes.isKnownRome(normalised, version)) {
            String message = codes.isKnownInOtherVersion(normalised, version)
                    ? messages.get("rule.ROME_UNKNOWN.other", normalised, version.label(), version.other().label())
                    : messages.get("rule.ROME_UNKNOWN", normalised, version.label());
            problems.accept(new RowProblem(column, code, RuleCode.ROME_UNKNOWN, message));
            return null;
        }
        return new RomeCode(normalised);
    }

    /** A FAP-2009 family, or {@code null} after reporting why the value is not one. */
    FapCode fap(String code, String column, Consumer<RowProblem> problems) {
        String normalised = code.toUpperCase(Locale.ROOT).replace(" ", "");
        if (!FapCode.isWellFormed(normalised)) {
            problems.accept(new RowProblem(column, code, RuleCode.FAP_FORMAT, messages.get("rule.FAP_FORMAT", code)));
            return null;
        }
        if (!codes.isKnownFap(normalised)) {
            // FAP-2021 writes X where FAP-2009 writes Z: say so, it is the likeliest mix-up.
            String key = normalised.charAt(2) == 'X' ? "rule.FAP_UNKNOWN.2021" : "rule.FAP_UNKNOWN";
            problems.accept(new RowProblem(column, code, RuleCode.FAP_UNKNOWN, messages.get(key, normalised)));
            return null;
        }
        return new FapCode(normalised);
    }

    /**
     * The family a valid row is published with: the one it gives (with a warning when the crosswalk gives its ROME
     * code other families), else the one derived from the ROME code, with an information saying how, or why none
     * could be.
     */
    Optional<FapCode> family(Optional<FapCode> given, RomeCode rome, RomeVersion version,
            Optional<EducationLevel> level, String column, Consumer<RowProblem> notes) {
        FapDerivation derivation = crosswalk.derive(rome, version, level);
        if (given.isPresent()) {
            if (!derivation.accepts(given.get())) {
                notes.accept(new RowProblem(column, given.get().code(), RuleCode.FAP_ROME_MISMATCH,
                        messages.get("rule.FAP_ROME_MISMATCH", given.get().code(), rome.code(), version.label(),
                                list(derivation.candidates()))));
            }
            return given;
        }
        String through = derivation.v3Code().filter(v3 -> !v3.equals(rome))
                .map(v3 -> messages.get("rule.FAP_DERIVED.parent", v3.code())).orElse("");
        String message = switch (derivation.method()) {
            case DIRECT -> messages.get("rule.FAP_DERIVED", derived(derivation), rome.code(), through);
            case BY_LEVEL -> messages.get("rule.FAP_DERIVED.level", derived(derivation), rome.code(), through,
                    messages.get(level.orElseThrow().messageKey()));
            case AMBIGUOUS -> messages.get(level.isPresent() ? "rule.FAP_DERIVED.ambiguous"
                    : "rule.FAP_DERIVED.noLevel", rome.code(), through, list(derivation.candidates()));
            case NONE -> messages.get("rule.FAP_DERIVED.none", rome.code(), version.label());
        };
        notes.accept(new RowProblem(column, "", RuleCode.FAP_DERIVED, message));
        return derivation.fap();
    }

    private String derived(FapDerivation derivation) {
        FapCode fap = derivation.fap().orElseThrow();
        return fap.code() + codes.fapLabel(fap).map(label -> " « " + label + " »").orElse("");
    }

    private static String list(List<FapCode> families) {
        return String.join(", ", families.stream().map(FapCode::code).toList());
    }
}
