package fr.fichesmetiers.brochure;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.fiche.SampleFiches;
import fr.fichesmetiers.support.Messages;

class BrochureRenderScratchTests {
    @Test
    void scratch() throws Exception {
        BrochureContext context = new BrochureContext(Messages.forLanguage("fr"), BrochureTheme.NEUTRAL,
                SalaryScale.forCatalog(new BigDecimal("9500"), new BigDecimal("1823.03")), ReferenceCodes.bundled());
        BrochureRenderer renderer = new BrochureRenderer(context, FontFamily.bundled());
        Files.createDirectories(Path.of("target/scratch"));
        Files.write(Path.of("target/scratch/complete.pdf"), renderer.render(SampleFiches.complete(), LocalDate.of(2026, 11, 25)).pdf());
        Files.write(Path.of("target/scratch/long.pdf"), renderer.render(SampleFiches.longSections(), LocalDate.of(2026, 11, 25)).pdf());
        var fiches = java.util.List.of(SampleFiches.complete(), SampleFiches.minimal(), SampleFiches.longSections(), SampleFiches.frenchCharacters());
        var entries = fiches.stream().map(f -> new fr.fichesmetiers.fiche.FicheSummary(f.id(), "h", f.title(), f.guide(), f.rome(), f.fap(), f.educationLevel(), f.recommendedBac(), f.employability(), f.mobility(), f.salary())).toList();
        try (var out = Files.newOutputStream(Path.of("target/scratch/booklet.pdf"))) {
            new BookletRenderer(context, FontFamily.bundled()).render("Cybersécurité", entries,
                ids -> fiches.stream().filter(f -> ids.contains(f.id())).toList(), LocalDate.of(2026, 11, 25), out);
        }
        Files.write(Path.of("target/scratch/chars.pdf"), renderer.render(SampleFiches.frenchCharacters(), LocalDate.of(2026, 11, 25)).pdf());
    }
}
