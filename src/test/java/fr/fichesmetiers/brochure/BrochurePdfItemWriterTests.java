package fr.fichesmetiers.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.MetaDataInstanceFactory;

class BrochurePdfItemWriterTests {

    /** Records nothing: the writer's bookkeeping in the step context is what is tested. */
    private static final class Unrecorded extends RenderedDocuments {

        Unrecorded() {
            super(null);
        }

        @Override
        void record(Document document) {
        }
    }

    private static RenderedBrochure withMissingGlyphs(int i) {
        return new RenderedBrochure("fiche-" + i, Path.of("out/fiche-" + i + ".pdf"), "sha", 10, 1, "hash",
                Set.of("U+1F600"), null);
    }

    @Test
    void keepsTheFirstGlyphWarningsInTheStepContextAndCountsThemAll() throws Exception {
        BrochurePdfItemWriter writer = new BrochurePdfItemWriter(new Unrecorded());
        StepExecution step = MetaDataInstanceFactory.createStepExecution();
        writer.beforeStep(step);
        int brochures = BrochurePdfItemWriter.KEPT_LINES * 3;
        for (int from = 0; from < brochures; from += 50) {
            List<RenderedBrochure> chunk = new ArrayList<>();
            for (int i = from; i < from + 50; i++) {
                chunk.add(i % 2 == 0 ? withMissingGlyphs(i) : RenderedBrochure.failed("fiche-" + i, "disk full"));
            }
            writer.write(new Chunk<>(chunk));
        }
        ExecutionContext context = step.getExecutionContext();
        // The context is saved at every commit: it must not grow with the catalog.
        assertThat(context.getString(BrochureKeys.GLYPH_WARNINGS).split("\n"))
                .hasSize(BrochurePdfItemWriter.KEPT_LINES).startsWith("fiche-0 : U+1F600");
        assertThat(context.getInt(BrochureKeys.GLYPH_WARNING_COUNT)).isEqualTo(brochures / 2);
        assertThat(context.getString(BrochureKeys.FAILURES).split("\n")).hasSize(BrochurePdfItemWriter.KEPT_LINES);
        assertThat(context.getInt(BrochureKeys.FAILED)).isEqualTo(brochures / 2);
        assertThat(context.getInt(BrochureKeys.RENDERED)).isEqualTo(brochures / 2);
    }
}
