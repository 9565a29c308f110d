package fr.fichesmetiers.importing;

import java.nio.file.Path;

import fr.fichesmetiers.support.DetectedCsvFormat;

/** An input file of an import with its detected format. */
record ImportSource(Path path, DetectedCsvFormat format) {

    String fileName() {
        return path.getFileName().toString();
    }
}
