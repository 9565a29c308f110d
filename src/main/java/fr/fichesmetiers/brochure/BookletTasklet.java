package fr.fichesmetiers.brochure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.step.tasklet.Tasklet;

import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.support.AtomicFiles;
import fr.fichesmetiers.support.Checksums;

/** Renders the booklet of each guide whose profiles (or look) changed since its booklet was last written. */
class BookletTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(BookletTasklet.class);
    private final BrochureRun run;
    private final CatalogRepository catalog;
    private final RenderedDocuments documents;
    private final FontFamily fonts;

    BookletTasklet(BrochureRun run, CatalogRepository catalog, RenderedDocuments documents, FontFamily fonts) {
        this.run = run;
        this.catalog = catalog;
        this.documents = documents;
        this.fonts = fonts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        int rendered = 0;
        int unchanged = 0;
        if (run.booklets()) {
            long version = run.version().id();
            for (String guide : run.guides()) {
                List<FicheSummary> entries = run.guide(guide);
                Map<String, LocalDate> dates = catalog.firstPublished(version,
                        entries.stream().map(FicheSummary::id).toList());
                List<String> parts = new ArrayList<>();
                for (FicheSummary entry : entries) {
                    parts.add(run.renderHash(entry, dates.get(entry.id())));
                }
                // The cover shows the latest change among the guide's profiles: stable while nothing changes.
                LocalDate latest = dates.values().stream().max(Comparator.naturalOrder())
                        .orElse(run.version().publishedAt().toLocalDate());
                String hash = Checksums.sha256(String.join(",", parts), latest.toString(), guide);
                Path file = run.bookletPath(guide);
                if (!run.all() && documents.upToDate(file, hash)) {
                    unchanged++;
                    continue;
                }
                AtomicFiles.write(file, out -> new BookletRenderer(run.context(), fonts).render(guide, entries,
                        ids -> catalog.fiches(version, ids), latest, out));
                documents.record(file, "booklet", guide.length() > 120 ? guide.substring(0, 120) : guide, hash,
                        Checksums.sha256(Files.readAllBytes(file)), Files.size(file));
                log.info("event=booklet.rendered guide={} profiles={} file={}", guide, entries.size(), file);
                rendered++;
            }
        }
        context.putInt(BrochureKeys.BOOKLETS_RENDERED, rendered);
        context.putInt(BrochureKeys.BOOKLETS_UNCHANGED, unchanged);
        contribution.incrementWriteCount(rendered);
        return RepeatStatus.FINISHED;
    }
}
