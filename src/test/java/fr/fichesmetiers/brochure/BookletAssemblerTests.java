package fr.fichesmetiers.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.SampleFiches;

class BookletAssemblerTests {

    private static final List<Fiche> FICHES = List.of(SampleFiches.complete(), SampleFiches.longSections(),
            SampleFiches.minimal(), SampleFiches.frenchCharacters());

    @TempDir
    static Path brochures;

    private static byte[] booklet() throws Exception {
        BrochureRenderer renderer = new BrochureRenderer(BrochureRendererTests.context("fr"),
                BrochureRendererTests.FONTS);
        List<BookletAssembler.Part> parts = new ArrayList<>();
        for (Fiche fiche : FICHES) {
            Path file = brochures.resolve(fiche.id() + ".pdf");
            BrochureRenderer.Rendered rendered = renderer.render(fiche, BrochureRendererTests.DATE);
            Files.write(file, rendered.pdf());
            parts.add(new BookletAssembler.Part(fiche.title(), file, rendered.pages()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BookletAssembler(BrochureRendererTests.context("fr"), BrochureRendererTests.FONTS).assemble(
                "Cybersécurité", parts, BrochureRendererTests.DATE, out);
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

    @Test
    void contentsLinksAndBookmarksOpenEachProfilesFirstPage() throws Exception {
        try (PdfText pdf = new PdfText(booklet())) {
            List<Integer> linked = new ArrayList<>();
            for (PDAnnotation annotation : pdf.document.getPage(1).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo
                        && goTo.getDestination() instanceof PDPageDestination destination) {
                    linked.add(pdf.document.getPages().indexOf(destination.getPage()) + 1);
                }
            }
            List<Integer> bookmarked = new ArrayList<>();
            for (PDOutlineItem item : pdf.document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarked.add(pdf.document.getPages().indexOf(item.findDestinationPage(pdf.document)) + 1);
            }
            assertThat(linked).hasSize(4).isEqualTo(bookmarked);
            for (int i = 0; i < FICHES.size(); i++) {
                assertThat(PdfText.compact(pdf.page(linked.get(i)))).startsWith(
                        PdfText.compact("Guide Cybersécurité · page " + linked.get(i)))
                        .contains(PdfText.compact(FICHES.get(i).title())).contains("page1/");
            }
        }
    }

    @Test
    void everyPageButTheCoverCarriesTheBookletsPageNumber() throws Exception {
        try (PdfText pdf = new PdfText(booklet())) {
            assertThat(pdf.page(1)).doesNotContain("page 1 /");
            for (int page = 2; page <= pdf.pages(); page++) {
                assertThat(pdf.page(page)).contains("page " + page + " / " + pdf.pages());
            }
        }
    }
}
