package fr.fichesmetiers.jobs.catalog;

import java.io.PrintWriter;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fr.fichesmetiers.fiche.CatalogPurge;
import fr.fichesmetiers.fiche.PurgeResult;
import fr.fichesmetiers.support.Messages;

/** {@code purge}: removes what the kept catalog versions no longer need, and says what it removed. */
@Component
public class PurgeView {

    private final CatalogPurge purge;

    PurgeView(CatalogPurge purge) {
        this.purge = purge;
    }

    /** Purges (or, with {@code dryRun}, only counts) everything older than the {@code keep} newest versions. */
    public void purge(int keep, boolean dryRun, Messages m, PrintWriter out) {
        PurgeResult result = purge.purge(keep, dryRun);
        if (result.nothing()) {
            out.println(m.get("purge.nothing", String.valueOf(keep)));
            return;
        }
        String versions = result.versions().isEmpty() ? m.get("purge.noVersion")
                : result.versions().stream().map(String::valueOf).collect(Collectors.joining(", "));
        out.println(m.get(dryRun ? "purge.wouldRemove" : "purge.removed", versions,
                String.valueOf(result.oldestKeptVersion())));
        out.println(m.get("purge.catalog", String.valueOf(result.catalogEntries()), String.valueOf(result.revisions()),
                String.valueOf(result.texts()), String.valueOf(result.faqEntries()),
                String.valueOf(result.stagedRows())));
        out.println(m.get("purge.history", String.valueOf(result.jobInstances()),
                String.valueOf(result.jobExecutions()), String.valueOf(result.stepExecutions()),
                String.valueOf(result.rejects()), String.valueOf(result.renderedDocuments())));
        if (dryRun) {
            out.println(m.get("purge.dryRun", String.valueOf(keep)));
        }
    }
}
