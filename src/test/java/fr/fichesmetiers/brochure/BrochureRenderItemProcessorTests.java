package fr.fichesmetiers.brochure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.fiche.ChangeCounts;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.fiche.SampleFiches;

class BrochureRenderItemProcessorTests {

    private static FicheSummary summary(Fiche f) {
        return new FicheSummary(f.id(), "hash-" + f.id(), f.title(), f.guide(), f.rome(), f.fap(), f.educationLevel(),
                f.recommendedBac(), f.employability(), f.mobility(), f.salary());
    }

    @Test
    void aProfileThatCannotBeRenderedIsReportedAndTheOthersRender() throws Exception {
        CatalogRepository catalog = mock(CatalogRepository.class);
        Fiche good = SampleFiches.complete();
        Fiche broken = SampleFiches.minimal();
        when(catalog.fiche(anyLong(), eq(good.id()))).thenReturn(Optional.of(good));
        when(catalog.fiche(anyLong(), eq(broken.id()))).thenThrow(new IllegalStateException("revision illisible"));
        CatalogVersion version = new CatalogVersion(3, LocalDateTime.of(2026, 11, 25, 2, 30), 1L, "fiches.csv", "x",
                "UTF-8", ";", null, 2, 0, new ChangeCounts(2, 0, 0, 0, 0));
        BrochureRun run = new BrochureRun(version, BrochureRendererTests.context("fr"),
                List.of(summary(good), summary(broken)), Path.of("target/processor-test"), false, true,
                Map.of());
        BrochureRenderItemProcessor processor = new BrochureRenderItemProcessor(run, catalog, BrochureRendererTests.FONTS);

        RenderedBrochure failed = processor.process(summary(broken));
        RenderedBrochure rendered = processor.process(summary(good));

        assertThat(failed.ok()).isFalse();
        assertThat(failed.failure()).contains("revision illisible");
        assertThat(rendered.ok()).isTrue();
        assertThat(rendered.file().toString()).endsWith("cybersecurite/developpeur-back-end.pdf");
        assertThat(java.nio.file.Files.readAllBytes(rendered.file())).startsWith((byte) '%', (byte) 'P', (byte) 'D',
                (byte) 'F');
        assertThat(rendered.sha256()).hasSize(64);
    }

    @Test
    void theReaderPassesOverProfilesWhoseBrochureIsUpToDateAndCountsThem() {
        Fiche a = SampleFiches.complete();
        Fiche b = SampleFiches.minimal();
        Fiche c = SampleFiches.longSections();
        BrochureItemReader reader = new BrochureItemReader(List.of(summary(a), summary(b), summary(c)),
                Path.of("target/processor-test"), fiche -> !fiche.id().equals(b.id()));
        reader.open(new ExecutionContext());
        assertThat(reader.read().id()).isEqualTo(b.id());
        assertThat(reader.read()).isNull();
        ExecutionContext saved = new ExecutionContext();
        reader.update(saved);
        StepExecution step = new StepExecution("brochureRenderStep", null);
        BrochureItemReader restarted = new BrochureItemReader(List.of(summary(a), summary(b), summary(c)),
                Path.of("target/processor-test"), fiche -> false);
        restarted.open(saved);
        assertThat(restarted.read()).isNull();
        restarted.afterStep(step);
        assertThat(step.getFilterCount()).isEqualTo(2);
    }
}
