package fr.fichesmetiers.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.fiche.ChangeCounts;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.fiche.SampleFiches;

class BrochureRenderItemProcessorTests {

    private static FicheSummary summary(Fiche f) {
        return FicheSummary.of(f, "hash-" + f.id());
    }

    @Test
    void aProfileThatCannotBeRenderedIsReportedAndTheOthersRender() throws Exception {
        Fiche good = SampleFiches.complete();
        Fiche broken = SampleFiches.minimal();
        CatalogVersion version = new CatalogVersion(3, LocalDateTime.of(2026, 11, 25, 2, 30), 1L, "fiches.csv", "x",
                "UTF-8", ";", null, 2, 0, new ChangeCounts(2, 0, 0, 0, 0));
        BrochureRun run = new BrochureRun(version, BrochureRendererTests.context("fr"),
                List.of(summary(good), summary(broken)), Path.of("target/processor-test"), false, true,
                Map.of(), false);
        BrochureRenderItemProcessor processor = new BrochureRenderItemProcessor(run, BrochureRendererTests.FONTS);

        // The catalog could not give the broken profile's content.
        RenderedBrochure failed = processor.process(new BrochureItem(summary(broken), null));
        RenderedBrochure rendered = processor.process(new BrochureItem(summary(good), good));

        assertThat(failed.ok()).isFalse();
        assertThat(failed.failure()).contains(broken.id()).contains("not found");
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
        List<FicheSummary> selection = List.of(summary(a), summary(b), summary(c));
        List<List<String>> queries = new ArrayList<>();
        Function<List<String>, List<Fiche>> loader = ids -> {
            queries.add(ids);
            return List.of(a, b, c).stream().filter(f -> ids.contains(f.id())).toList();
        };
        BrochureItemReader reader = new BrochureItemReader(selection, Path.of("target/processor-test"),
                fiche -> !fiche.id().equals(b.id()), loader, 20);
        reader.open(new ExecutionContext());
        BrochureItem item = reader.read();
        assertThat(item.summary().id()).isEqualTo(b.id());
        assertThat(item.fiche()).isEqualTo(b);
        assertThat(reader.read()).isNull();
        assertThat(queries).containsExactly(List.of(b.id()));
        ExecutionContext saved = new ExecutionContext();
        reader.update(saved);
        StepExecution step = new StepExecution("brochureRenderStep", null);
        BrochureItemReader restarted = new BrochureItemReader(selection, Path.of("target/processor-test"),
                fiche -> false, loader, 20);
        restarted.open(saved);
        assertThat(restarted.read()).isNull();
        restarted.afterStep(step);
        assertThat(step.getFilterCount()).isEqualTo(2);
    }

    @Test
    void aRestartResumesAfterTheLastProfileHandedOutNotAfterWhatWasReadAhead() {
        List<Fiche> fiches = List.of(SampleFiches.complete(), SampleFiches.minimal(), SampleFiches.longSections());
        List<FicheSummary> selection = fiches.stream().map(BrochureRenderItemProcessorTests::summary).toList();
        Function<List<String>, List<Fiche>> loader = ids -> fiches.stream().filter(f -> ids.contains(f.id())).toList();
        BrochureItemReader reader = new BrochureItemReader(selection, Path.of("target/processor-test"),
                fiche -> false, loader, 20);
        reader.open(new ExecutionContext());
        reader.read();
        ExecutionContext saved = new ExecutionContext();
        reader.update(saved);
        BrochureItemReader restarted = new BrochureItemReader(selection, Path.of("target/processor-test"),
                fiche -> false, loader, 20);
        restarted.open(saved);
        assertThat(restarted.read().summary().id()).isEqualTo(fiches.get(1).id());
        assertThat(restarted.read().summary().id()).isEqualTo(fiches.get(2).id());
        assertThat(restarted.read()).isNull();
    }
}
