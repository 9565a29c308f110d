package fr.fichesmetiers.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.SampleFiches;

class BookletAssemblerTests {

    private static final List<Fiche> FICHES = List.of(SampleFiches.complete(), SampleFiches.longSections(),
            SampleFiches.minimal(), SampleFiches.frenchCharacters(), SampleFiches.withGaps());

    static byte[] booklet(String language, boolean padToFour) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BookletAssembler(BrochureRendererTests.context(language), BrochureRendererTests.FONTS).assemble(
                BookletAssembler.Booklet.of("Cybersécurité", FICHES, BrochureRendererTests.DATE, padToFour), out);
        return out.toByteArray();
    }

    private static byte[] booklet() throws Exception {
        return booklet("fr", false);
    }

    @Test
    void coverNamesTheBookletOrganisationCountAndDateWithWrittenPlurals() throws Exception {
        try (PdfText pdf = new PdfText(booklet())) {
            String cover = PdfText.compact(pdf.page(1));
            assertThat(cover).contains("Cybersécurité").contains("FICHESMÉTIERS").contains("5fichesmétiers")
                    .contains(PdfText.compact("Édition du 25 novembre 2026")).doesNotContain("(s)");
            assertThat(pdf.document.getDocumentInformation().getTitle()).isEqualTo("Guide des métiers : Cybersécurité");
            assertThat(pdf.language()).isEqualTo("fr-FR");
        }
    }

    @Test
    void contentsListLevelAndStartingSalaryAndTheBookletsOwnPageNumbers() throws Exception {
        try (PdfText pdf = new PdfText(booklet())) {
            String contents = pdf.page(2);
            assertThat(contents).contains("Sommaire");
            for (Fiche fiche : FICHES) {
                String title = FrenchSpacing.capitalised(fiche.title(), java.util.Locale.FRENCH);
                Matcher line = Pattern.compile(Pattern.quote(title) + ".*?(\\d+)\\s*$", Pattern.MULTILINE)
                        .matcher(contents);
                assertThat(line.find()).as("contents line of %s in%n%s", fiche.title(), contents).isTrue();
                int page = Integer.parseInt(line.group(1));
                assertThat(page % 2).as("%s starts on a right-hand page", fiche.title()).isEqualTo(1);
                assertThat(PdfText.compact(pdf.page(page))).as("page %d", page)
                        .contains(PdfText.compact(FrenchSpacing.capitalised(fiche.title(), java.util.Locale.FRENCH)));
                assertThat(pdf.page(page)).contains("page " + page + " / " + pdf.pages());
            }
            assertThat(PdfText.compact(contents)).contains(PdfText.compact("Bac+5")).contains("2000€")
                    .contains("CAP/BEP");
        }
    }

    @Test
    void pagesCarryOneNumberingAndBlankVersosAndCoversNone() throws Exception {
        try (PdfText pdf = new PdfText(booklet())) {
            assertThat(pdf.pages() % 2).as("the back cover is a verso").isZero();
            Pattern number = Pattern.compile("page \\d+ / \\d+");
            for (int page = 1; page <= pdf.pages(); page++) {
                String text = pdf.page(page);
                Matcher found = number.matcher(text);
                if (page == 1 || page == pdf.pages() || text.isBlank()) {
                    assertThat(found.find()).as("page %d", page).isFalse();
                    continue;
                }
                assertThat(found.find()).as("page %d", page).isTrue();
                assertThat(found.group()).isEqualTo("page " + page + " / " + pdf.pages());
                assertThat(found.find()).as("a second numbering on page %d", page).isFalse();
            }
            assertThat(PdfText.compact(pdf.page(pdf.pages()))).contains(PdfText.compact("Pour en savoir plus"))
                    .contains("ONISEP").contains("Lato");
        }
    }

    @Test
    void padsToAMultipleOfFourWhenAsked() throws Exception {
        try (PdfText pdf = new PdfText(booklet("fr", true))) {
            assertThat(pdf.pages() % 4).isZero();
            assertThat(PdfText.compact(pdf.page(pdf.pages()))).contains(PdfText.compact("Pour en savoir plus"));
        }
        assertThat(BookletAssembler.blanksBeforeBackCover(9, true)).isEqualTo(2);
        assertThat(BookletAssembler.blanksBeforeBackCover(9, false)).isZero();
        assertThat(BookletAssembler.blanksBeforeBackCover(8, false)).isEqualTo(1);
    }

    @Test
    void embedsEachFontOnceForTheWholeBooklet() throws Exception {
        try (PdfText pdf = new PdfText(booklet())) {
            Set<COSName> fontObjects = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (PDPage page : pdf.document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(names).hasSizeLessThanOrEqualTo(3).allSatisfy(name -> assertThat(name).containsAnyOf("Lato",
                    "DejaVu"));
            assertThat(pdf.fonts()).allSatisfy(font -> assertThat(font).doesNotContain("not embedded"));
            assertThat(fontObjects).isEmpty();
        }
    }

    @Test
    void contentsLinksAndBookmarksOpenEachProfilesFirstPage() throws Exception {
        try (PdfText pdf = new PdfText(booklet())) {
            List<Integer> linked = new ArrayList<>();
            for (PDAnnotation annotation : pdf.document.getPage(1).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo) {
                    var destination = goTo.getDestination();
                    if (destination instanceof PDNamedDestination named) {
                        destination = pdf.document.getDocumentCatalog().findNamedDestinationPage(named);
                    }
                    linked.add(pdf.document.getPages().indexOf(((PDPageDestination) destination).getPage()) + 1);
                    assertThat(link.getContents()).isNotBlank();
                }
            }
            List<Integer> bookmarked = new ArrayList<>();
            for (PDOutlineItem item : pdf.document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarked.add(pdf.document.getPages().indexOf(item.findDestinationPage(pdf.document)) + 1);
            }
            assertThat(linked).hasSize(FICHES.size()).isEqualTo(bookmarked);
            assertThat(pdf.bookmarks()).contains("Développeur back-end > Résumé",
                    "Développeur back-end > Questions fréquentes", "Aide-soignant > Résumé")
                    .doesNotContain("Aide-soignant > Le rôle");
        }
    }
}
