package fr.fichesmetiers.brochure;

import java.nio.file.Path;
import java.util.Set;

/** A brochure rendered and written (its file's checksum and size), or a profile whose rendering failed. */
record RenderedBrochure(String ficheId, Path file, String sha256, long size, int pages, String renderHash,
        Set<String> missingGlyphs, String failure) {

    static RenderedBrochure failed(String ficheId, String failure) {
        return new RenderedBrochure(ficheId, null, null, 0, 0, null, Set.of(), failure);
    }

    boolean ok() {
        return failure == null;
    }
}
