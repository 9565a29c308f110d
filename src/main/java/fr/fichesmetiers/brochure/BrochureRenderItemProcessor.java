package fr.fichesmetiers.brochure;

import java.nio.file.Path;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.support.AtomicFiles;
import fr.fichesmetiers.support.Failures;

/**
 * Renders one profile's brochure and writes it (the reader has passed over those already up to date). Runs on
 * several threads at once: each thread renders with its own fonts.
 */
class BrochureRenderItemProcessor implements ItemProcessor<BrochureItem, RenderedBrochure> {

    private static final Logger log = LoggerFactory.getLogger(BrochureRenderItemProcessor.class);
    private final BrochureRun run;
    private final ThreadLocal<BrochureRenderer> renderers;

    BrochureRenderItemProcessor(BrochureRun run, FontFamily fonts) {
        this.run = run;
        this.renderers = ThreadLocal.withInitial(() -> new BrochureRenderer(run.context(), fonts));
    }

    @Override
    public RenderedBrochure process(BrochureItem item) {
        FicheSummary summary = item.summary();
        try {
            LocalDate publishedOn = run.publishedOn(summary);
            Path file = run.brochurePath(summary);
            String hash = run.renderHash(summary);
            Fiche fiche = item.fiche();
            if (fiche == null) {
                throw new IllegalStateException("profile " + summary.id() + " not found in catalog version "
                        + run.version().id());
            }
            BrochureRenderer.Rendered rendered = renderers.get().render(fiche, publishedOn);
            // Written here, on the rendering thread, so that files are written in parallel too. Atomic: a file
            // whose chunk is then rolled back is complete, merely rendered again by a restart.
            String sha256 = AtomicFiles.write(file, rendered.pdf());
            return new RenderedBrochure(fiche.id(), file, sha256, rendered.pdf().length, rendered.pages(), hash,
                    rendered.missingGlyphs(), null);
        }
        catch (Exception | StackOverflowError e) {
            // One profile that cannot be rendered must not stop the others: it is reported and skipped.
            log.error("event=brochure.render.failed fiche={}", summary.id(), e);
            return RenderedBrochure.failed(summary.id(), Failures.describe(e, run.context().messages()));
        }
    }
}
