package fr.fichesmetiers.brochure;

import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.FicheSummary;

/**
 * A profile to render: its summary (which names its file and render hash) and its full content, or {@code null}
 * content when the catalog could not give it.
 */
record BrochureItem(FicheSummary summary, Fiche fiche) {
}
