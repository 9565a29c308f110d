package fr.fichesmetiers.jobs.catalog;

import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.UserException;
import fr.fichesmetiers.support.Messages;

/** Finds the catalog version a read command asked for, with a clear message when there is none. */
public final class CatalogVersions {

    private CatalogVersions() {
    }

    public static CatalogVersion resolve(CatalogRepository catalog, Long version, Messages messages) {
        if (version == null) {
            return catalog.currentVersion()
                    .orElseThrow(() -> new UserException(ExitCodes.FAILED, messages.get("catalog.none")));
        }
        return catalog.version(version).orElseThrow(
                () -> new UserException(ExitCodes.USAGE, messages.get("catalog.noVersion", String.valueOf(version))));
    }

    /**
     * Refuses a {@code --guide} the published catalog does not have (a typo would otherwise give an empty run
     * that looks like success), naming the guides it has. Nothing to check without a guide or a catalog.
     */
    public static void requireGuide(CatalogRepository catalog, String guide, Messages messages) {
        if (guide == null || guide.isBlank()) {
            return;
        }
        catalog.currentVersion().ifPresent(version -> {
            List<String> guides = catalog.guides(version.id());
            if (guides.stream().noneMatch(guide::equalsIgnoreCase)) {
                throw new UserException(ExitCodes.USAGE, messages.get("guide.unknown", guide,
                        String.join(", ", guides)));
            }
        });
    }

    /** Refuses {@code --only} ids the published catalog does not have, naming them. */
    public static void requireFiches(CatalogRepository catalog, List<String> ids, Messages messages) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        catalog.currentVersion().ifPresent(version -> {
            Set<String> published = new HashSet<>();
            catalog.forEachSummary(version.id(), null, summary -> published.add(summary.id()));
            List<String> unknown = ids.stream().filter(id -> !published.contains(id)).toList();
            if (!unknown.isEmpty()) {
                throw new UserException(ExitCodes.USAGE, messages.get("only.unknown", String.join(", ", unknown)));
            }
        });
    }

    public static String date(CatalogVersion version, Messages messages) {
        return DateTimeFormatter.ofPattern(messages.get("format.dateTime"), messages.locale())
                .format(version.publishedAt());
    }
}
