package fr.fichesmetiers.brochure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.step.tasklet.Tasklet;

import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.support.AtomicFiles;
import fr.fichesmetiers.support.Checksums;
import fr.fichesmetiers.support.ParallelTasks;

/**
 * Assembles the booklet of each guide whose profiles (or look) changed since its booklet was last written, from
 * the brochures the step before rendered.
 */
class BookletTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(BookletTasklet.class);
    /** Changes whenever the way booklets are made changes, so that every booklet is made again. */
    private static final String LAYOUT_VERSION = "3";
    private final BrochureRun run;
    private final RenderedDocuments documents;
    private final FontFamily fonts;
    private final ExecutorService executor;
    private final Function<List<String>, List<Fiche>> loader;

    /** @param loader the full profiles for some ids of the run's catalog version */
    BookletTasklet(BrochureRun run, RenderedDocuments documents, FontFamily fonts, ExecutorService executor,
            Function<List<String>, List<Fiche>> loader) {
        this.run = run;
        this.documents = documents;
        this.fonts = fonts;
        this.executor = executor;
        this.loader = loader;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        int rendered = 0;
        int unchanged = 0;
        if (run.booklets()) {
            // Guides are independent: their booklets render in parallel on the brochure threads. The first that
            // fails cancels the others: the step fails anyway, and a restart makes what is missing.
            BrochureRun current = run.unproxied();
            RenderedDocuments.Recorded recorded = documents.recorded();
            Map<String, Callable<Outcome>> work = new LinkedHashMap<>();
            for (String guide : current.guides()) {
                work.put(guide, () -> booklet(current, guide, recorded));
            }
            Map<String, Outcome> outcomes;
            try {
                outcomes = ParallelTasks.runAll(executor, work);
            }
            catch (ParallelTasks.TaskFailedException e) {
                log.error("event=booklet.failed guide={} cancelled={}", e.task(), e.cancelled(), e.getCause());
                throw new BookletFailedException(e.task(), e.cancelled(), e.getCause());
            }
            for (Outcome outcome : outcomes.values()) {
                switch (outcome) {
                    case RENDERED -> rendered++;
                    case UNCHANGED -> unchanged++;
                    case SKIPPED -> {
                        // No brochure of the guide could be rendered: reported by the brochure step.
                    }
                }
            }
        }
        context.putInt(BrochureKeys.BOOKLETS_RENDERED, rendered);
        context.putInt(BrochureKeys.BOOKLETS_UNCHANGED, unchanged);
        contribution.incrementWriteCount(rendered);
        return RepeatStatus.FINISHED;
    }

    /** What became of a guide's booklet. */
    private enum Outcome { RENDERED, UNCHANGED, SKIPPED }

    /** Makes one guide's booklet unless it is up to date. */
    private Outcome booklet(BrochureRun run, String guide, RenderedDocuments.Recorded recorded) throws Exception {
        List<FicheSummary> entries = run.guide(guide);
        List<String> hashes = new ArrayList<>(entries.size());
        for (FicheSummary entry : entries) {
            hashes.add(run.renderHash(entry));
        }
        // The cover shows the latest change among the guide's profiles: stable while nothing changes.
        LocalDate latest = entries.stream().map(run::publishedOn).max(Comparator.naturalOrder())
                .orElse(run.version().publishedAt().toLocalDate());
        String hash = Checksums.sha256(String.join(",", hashes), latest.toString(), guide, LAYOUT_VERSION,
                String.valueOf(run.padToFour()));
        Path file = run.bookletPath(guide);
        if (!run.all() && recorded.upToDate(file, hash)) {
            return Outcome.UNCHANGED;
        }
        List<FicheSummary> kept = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            FicheSummary entry = entries.get(i);
            // A profile whose brochure could not be rendered was reported by the brochure step: left out here.
            if (recorded.pagesIfUpToDate(run.brochurePath(entry), hashes.get(i)).isPresent()) {
                kept.add(entry);
            }
            else {
                log.warn("event=booklet.profile.missing guide={} fiche={}", guide, entry.id());
            }
        }
        if (kept.isEmpty()) {
            log.warn("event=booklet.skipped guide={} reason=no-brochure", guide);
            return Outcome.SKIPPED;
        }
        int[] pages = new int[1];
        BookletAssembler.Booklet booklet = new BookletAssembler.Booklet(guide, kept, loader, latest, run.padToFour());
        String sha256 = AtomicFiles.write(file, out -> pages[0] = new BookletAssembler(run.context(), fonts)
                .assemble(booklet, out));
        // A booklet missing a profile is made again by the next run, when its brochure may render.
        String madeFrom = kept.size() == entries.size() ? hash : hash.substring(0, 56) + "-partial";
        documents.record(new RenderedDocuments.Document(file, "booklet", guide, madeFrom, sha256, Files.size(file),
                pages[0]));
        log.info("event=booklet.rendered guide={} profiles={} file={}", guide, kept.size(), file);
        return Outcome.RENDERED;
    }
}
