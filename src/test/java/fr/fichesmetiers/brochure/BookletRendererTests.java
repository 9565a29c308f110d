package fr.fichesmetiers.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.fiche.SampleFiches;

class BookletRendererTests {

    private static final List<Fiche> FICHES = List.of(SampleFiches.complete(), SampleFiches.longSections(),
            SampleFiches.minimal(), SampleFiches.frenchCharacters());

    private static byte[] booklet() throws Exception {
        List<FicheSummary> entries = FICHES.stream().map(f -> new FicheSummary(f.id(), "hash", f.title(), f.guide(),
                f.rome(), f.fap(), f.educationLevel(), f.recommendedBac(), f.employability(), f.mobility(),
                f.salary())).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BookletRenderer(BrochureRendererTests.context("fr"), BrochureRendererTests.FONTS).render("Cybersécurité",
                entries, ids -> FICHES.stream().filter(f -> ids.contains(f.id())).toList(),
                BrochureRendererTests.DATE, out);
        return out.toByteArray();
    }

    @Test
    void coverNamesTheGuideOrganisationAndCatalogDate() throws Exception {
        try (PdfText pdf = new PdfText(booklet())) {
            String cover = PdfText.compact(pdf.page(1));
            assertThat(cover).contains("Cybersécurité").contains("FICHESMÉTIERS").contains("4fiche(s)métier")
                    .contains(PdfText.compact("Catalogue du 25 novembre 2026"));
            assertThat(pdf.document.getDocumentInformation().getTitle()).isEqualTo("Guide des métiers : Cybersécurité");
            assertThat(pdf.language()).isEqualTo("fr-FR");
        }
    }

    @Test
    void tableOfContentsPageNumbersPointToTheProfilesPages() throws Exception {
        try (PdfText pdf = new PdfText(booklet())) {
            String contents = pdf.page(2);
            assertThat(contents).contains("Sommaire");
            int found = 0;
            for (Fiche fiche : FICHES) {
                Matcher line = Pattern.compile(Pattern.quote(fiche.title()) + "[ .]*?(\\d+)\\s*$", Pattern.MULTILINE)
                        .matcher(contents);
                assertThat(line.find()).as("TOC line of %s in%n%s", fiche.title(), contents).isTrue();
                int page = Integer.parseInt(line.group(1));
                assertThat(PdfText.compact(pdf.page(page))).as("page %d", page)
                        .contains(PdfText.compact(fiche.title()));
                assertThat(pdf.page(page)).contains("page " + page + " / " + pdf.pages());
                found++;
            }
            assertThat(found).isEqualTo(4);
        }
    }

    @Test
    void listsProfilesInTheGivenOrderWithBookmarksNestedBySection() throws Exception {
        try (PdfText pdf = new PdfText(booklet())) {
            List<String> bookmarks = pdf.bookmarks();
            assertThat(bookmarks.stream().filter(b -> !b.contains(" > ")).toList()).containsExactly(
                    "Développeur back-end", "Technicien de maintenance éolienne", "Aide-soignant",
                    "Œnologue à l’écoute « fine »");
            assertThat(bookmarks).contains("Développeur back-end > Résumé", "Développeur back-end > Questions fréquentes",
                    "Aide-soignant > Résumé").doesNotContain("Aide-soignant > Le rôle");
            assertThat(pdf.fonts()).allSatisfy(font -> assertThat(font).doesNotContain("not embedded"));
        }
    }
}
