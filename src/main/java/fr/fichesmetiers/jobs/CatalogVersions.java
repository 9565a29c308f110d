package fr.fichesmetiers.jobs;

import java.time.format.DateTimeFormatter;

import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.support.Messages;

/** Finds the catalog version a read command asked for, with a clear message when there is none. */
final class CatalogVersions {

    private CatalogVersions() {
    }

    static CatalogVersion resolve(CatalogRepository catalog, Long version, Messages messages) {
        if (version == null) {
            return catalog.currentVersion()
                    .orElseThrow(() -> new UserException(ExitCodes.FAILED, messages.get("catalog.none")));
        }
        return catalog.version(version).orElseThrow(
                () -> new UserException(ExitCodes.USAGE, messages.get("catalog.noVersion", String.valueOf(version))));
    }

    static String date(CatalogVersion version, Messages messages) {
        return DateTimeFormatter.ofPattern(messages.get("format.dateTime"), messages.locale())
                .format(version.publishedAt());
    }
}
