package fr.fichesmetiers.brochure;

import java.nio.file.Path;
import java.util.Set;

/** A brochure rendered in memory, ready to be written, or a profile whose rendering failed. */
record RenderedBrochure(String ficheId, Path file, String title, byte[] pdf, String renderHash,
        Set<String> missingGlyphs, String failure) {

    static RenderedBrochure failed(String ficheId, String failure) {
        return new RenderedBrochure(ficheId, null, null, null, null, Set.of(), failure);
    }

    boolean ok() {
        return failure == null;
    }
}
