package fr.fichesmetiers.brochure;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;


/**
 * Records what each brochure written by the processor was made from, in the chunk's transaction, and keeps the
 * counts of the step (rendered, failed, glyph warnings) in the step's context. The context is written again at
 * every commit: it keeps counts and the first failures and glyph warnings, the log keeps every one of them.
 */
class BrochurePdfItemWriter implements ItemWriter<RenderedBrochure>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(BrochurePdfItemWriter.class);
    /** Failures and glyph warnings kept in the context; the counts go on. */
    static final int KEPT_LINES = 100;
    private final RenderedDocuments documents;
    private ExecutionContext context;

    BrochurePdfItemWriter(RenderedDocuments documents) {
        this.documents = documents;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        context = stepExecution.getExecutionContext();
        // Counts are per attempt: a restart reports what it rendered itself, not what the killed attempt did.
        context.putInt(BrochureKeys.RENDERED, 0);
        context.putInt(BrochureKeys.FAILED, 0);
        context.putString(BrochureKeys.FAILURES, "");
        context.putString(BrochureKeys.GLYPH_WARNINGS, "");
        context.putInt(BrochureKeys.GLYPH_WARNING_COUNT, 0);
    }

    @Override
    public void write(Chunk<? extends RenderedBrochure> chunk) {
        List<String> failures = new ArrayList<>(List.of(context.getString(BrochureKeys.FAILURES, "").split("\n")));
        failures.removeIf(String::isBlank);
        List<String> glyphs = new ArrayList<>(List.of(context.getString(BrochureKeys.GLYPH_WARNINGS, "").split("\n")));
        glyphs.removeIf(String::isBlank);
        int rendered = 0;
        int failed = 0;
        int glyphWarnings = 0;
        for (RenderedBrochure brochure : chunk) {
            if (!brochure.ok()) {
                failed++;
                if (failures.size() < KEPT_LINES) {
                    failures.add(brochure.ficheId() + " : " + brochure.failure());
                }
                continue;
            }
            documents.record(new RenderedDocuments.Document(brochure.file(), "brochure", brochure.ficheId(),
                    brochure.renderHash(), brochure.sha256(), brochure.size(), brochure.pages()));
            rendered++;
            if (!brochure.missingGlyphs().isEmpty()) {
                glyphWarnings++;
                if (glyphs.size() < KEPT_LINES) {
                    glyphs.add(brochure.ficheId() + " : " + String.join(" ", brochure.missingGlyphs()));
                }
                log.warn("event=brochure.glyphs.missing fiche={} characters={}", brochure.ficheId(),
                        brochure.missingGlyphs());
            }
        }
        context.putInt(BrochureKeys.RENDERED, context.getInt(BrochureKeys.RENDERED, 0) + rendered);
        context.putInt(BrochureKeys.FAILED, context.getInt(BrochureKeys.FAILED, 0) + failed);
        context.putString(BrochureKeys.FAILURES, String.join("\n", failures));
        context.putString(BrochureKeys.GLYPH_WARNINGS, String.join("\n", glyphs));
        context.putInt(BrochureKeys.GLYPH_WARNING_COUNT,
                context.getInt(BrochureKeys.GLYPH_WARNING_COUNT, 0) + glyphWarnings);
    }
}
