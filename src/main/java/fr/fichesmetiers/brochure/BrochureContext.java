package fr.fichesmetiers.brochure;

import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.support.Messages;

/** What a rendering depends on besides the profile: labels, theme, shared salary scale and code labels. */
public record BrochureContext(Messages messages, BrochureTheme theme, SalaryScale scale, ReferenceCodes codes) {

    /** The part of the look that is the same for every profile, for the render hash. */
    String fingerprint() {
        return messages.language() + "|" + theme.fingerprint() + "|" + scale.fingerprint() + "|" + BrochureRenderer.LAYOUT_VERSION;
    }

    /** The language of the labels, the document's ({@code /Lang} of its catalog). */
    String labelLanguage() {
        return PdfStandards.language(messages.language());
    }

    /**
     * The language of the catalog's own texts where it differs from the labels' (they stay French in the English
     * edition); {@code null} in the French edition, where every element inherits the document's.
     */
    String textLanguage() {
        return messages.language().equals("en") ? PdfStandards.language("fr") : null;
    }
}
