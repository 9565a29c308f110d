package fr.fichesmetiers.support;

import java.nio.file.Path;

/**
 * Where brochures live in a brochure folder, in one place: the brochure job writes them there and the comparison
 * workbook links to them there, without either feature knowing the other.
 */
public final class BrochureLayout {

    private BrochureLayout() {
    }

    /** {@code <folder>/<guide-slug>/<id>.pdf} */
    public static Path brochure(Path folder, String guide, String id) {
        return folder.resolve(Slugs.of(guide)).resolve(id + ".pdf");
    }

    /** {@code <folder>/<guide-slug>.pdf}, the guide's booklet. */
    public static Path booklet(Path folder, String guide) {
        return folder.resolve(Slugs.of(guide) + ".pdf");
    }
}
