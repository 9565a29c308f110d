package fr.fichesmetiers.brochure;

import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.support.Messages;

/** What a rendering depends on besides the profile: labels, theme, shared salary scale and code labels. */
public record BrochureContext(Messages messages, BrochureTheme theme, SalaryScale scale, ReferenceCodes codes) {

    /** The part of the look that is the same for every profile, for the render hash. */
    String fingerprint() {
        return messages.language() + "|" + theme.fingerprint() + "|" + scale.fingerprint() + "|" + BrochureRenderer.LAYOUT_VERSION;
    }
}
