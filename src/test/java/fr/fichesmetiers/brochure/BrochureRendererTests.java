package fr.fichesmetiers.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.FicheDetails;
import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.fiche.SampleFiches;
import fr.fichesmetiers.fiche.Section;
import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.support.Messages;

class BrochureRendererTests {

    static final FontFamily FONTS = FontFamily.bundled();
    static final LocalDate DATE = LocalDate.of(2026, 11, 25);

    static BrochureContext context(String language) {
        return new BrochureContext(Messages.forLanguage(language), BrochureTheme.NEUTRAL,
                SalaryScale.forCatalog(new BigDecimal("9500"), new SmicTable.Entry(LocalDate.of(2026, 6, 1), new BigDecimal("1867.02"))), ReferenceCodes.bundled());
    }

    private final BrochureRenderer renderer = new BrochureRenderer(context("fr"), FONTS);

    static String flat(String text) {
        return PdfText.compact(text);
    }

    @Test
    void printsEveryFactAndSectionOfACompleteProfileInOrder() throws Exception {
        Fiche fiche = SampleFiches.complete();
        try (PdfText pdf = new PdfText(renderer.render(fiche, DATE).pdf())) {
            String text = flat(pdf.all());
            List<String> expectedInOrder = new ArrayList<>(List.of("GUIDE DES MÉTIERS · CYBERSÉCURITÉ",
                    "Développeur back-end", "Code ROME M1802 · Expertise et support en systèmes d'information",
                    "Code FAP M2Z · Ingénieurs de l'informatique", "NIVEAU D’ÉTUDES", "BAC CONSEILLÉ",
                    "SALAIRE DÉBUTANT", "Bac+5", "Scientifique", "2 000 € brut mensuel", "EMPLOYABILITÉ",
                    "MOBILITÉ", "SALAIRE EXPÉRIMENTÉ", "Élevée", "Très bonne", "4 000 € brut mensuel",
                    "Salaires (brut mensuel)"));
            String[] headings = {"Résumé", "Le rôle", "Missions au quotidien", "Responsabilités",
                    "Compétences requises", "Qualités recherchées", "Accéder au métier", "Salaire",
                    "Évolution de carrière", "Avantages et inconvénients", "Devenir développeur back-end"};
            Section[] sections = Section.values();
            for (int i = 0; i < sections.length; i++) {
                expectedInOrder.add(headings[i]);
                expectedInOrder.add(fiche.section(sections[i]).split("\n")[0].substring(0, 30));
                if (sections[i] == Section.QUALITIES) {
                    expectedInOrder.addAll(List.of("Rigueur", "Méthode", "Adaptabilité"));
                }
            }
            expectedInOrder.addAll(List.of("Questions fréquentes",
                    "Quel niveau d’études faut-il ?", "Un Bac+3 au minimum", "Quel bac choisir ?"));
            int from = 0;
            for (String expected : expectedInOrder) {
                int at = text.indexOf(flat(expected), from);
                assertThat(at).as("« %s » after position %d", expected, from).isGreaterThanOrEqualTo(0);
                from = at;
            }
            assertThat(text).contains(flat("SMIC 1 867,02 € au 1er juin 2026")).contains(flat("débutant : 2 000 €"))
                    .contains(flat("expérimenté : 4 000 €"));
            assertThat(text).contains(flat("Fiches Métiers")).contains(flat("Publiée le 25 novembre 2026"))
                    .contains(flat("page 1 / " + pdf.pages()));
        }
    }

    @Test
    void reportsThePageCountItWrote() throws Exception {
        for (Fiche fiche : List.of(SampleFiches.complete(), SampleFiches.longSections(), SampleFiches.minimal())) {
            BrochureRenderer.Rendered rendered = renderer.render(fiche, DATE);
            try (PdfText pdf = new PdfText(rendered.pdf())) {
                assertThat(rendered.pages()).as(fiche.id()).isEqualTo(pdf.pages());
            }
        }
    }

    @Test
    void embedsItsFontsAndDeclaresA4TitleAndLanguage() throws Exception {
        try (PdfText pdf = new PdfText(renderer.render(SampleFiches.complete(), DATE).pdf())) {
            assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> {
                assertThat(font).doesNotContain("not embedded");
                assertThat(font).containsAnyOf("Lato", "DejaVu");
            });
            assertThat(pdf.document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f,
                    org.assertj.core.data.Offset.offset(1f));
            assertThat(pdf.document.getPage(0).getMediaBox().getHeight()).isCloseTo(841.9f,
                    org.assertj.core.data.Offset.offset(1f));
            assertThat(pdf.document.getDocumentInformation().getTitle()).isEqualTo("Développeur back-end");
            assertThat(pdf.document.getDocumentInformation().getKeywords()).contains("ROME M1802", "FAP M2Z");
            assertThat(pdf.document.getDocumentInformation().getCreator()).isEqualTo("Fiches Métiers");
            assertThat(pdf.language()).isEqualTo("fr-FR");
            assertThat(pdf.bookmarks()).contains("Résumé", "Questions fréquentes");
        }
    }

    @Test
    void leavesOutEmptyOptionalSections() throws Exception {
        try (PdfText pdf = new PdfText(renderer.render(SampleFiches.minimal(), DATE).pdf())) {
            String text = flat(pdf.all());
            assertThat(text).contains("Résumé").contains(flat("Il accompagne les patients"))
                    .contains(flat("non renseigné"));
            assertThat(text).doesNotContain(flat("Le rôle")).doesNotContain(flat("Questions fréquentes"))
                    .doesNotContain(flat("Qualités recherchées"));
            assertThat(pdf.pages()).isEqualTo(1);
        }
    }

    @Test
    void flowsLongSectionsAcrossPagesWithoutLeavingAHeadingAlone() throws Exception {
        Fiche fiche = SampleFiches.longSections();
        try (PdfText pdf = new PdfText(renderer.render(fiche, DATE).pdf())) {
            // Lines compared without spaces, as PDFBox may split words.
            assertThat(pdf.pages()).isGreaterThanOrEqualTo(3);
            Messages m = Messages.forLanguage("fr");
            List<String> headings = new ArrayList<>();
            for (Section section : Section.values()) {
                headings.add(flat(m.get(section.headingKey(), fiche.title().toLowerCase())));
            }
            headings.add(flat("Questions fréquentes"));
            Pattern footer = Pattern.compile("Fiches Métiers|Publiée le|page \\d+ / \\d+");
            for (int page = 1; page <= pdf.pages(); page++) {
                List<String> lines = pdf.page(page).lines().map(BrochureRendererTests::flat)
                        .filter(line -> !line.isEmpty() && !footer.matcher(line).find()).toList();
                assertThat(headings).as("last line of page %d", page).doesNotContain(lines.get(lines.size() - 1));
            }
        }
    }

    @Test
    void printsEveryFrenchSpecialCharacter() throws Exception {
        BrochureRenderer.Rendered rendered = renderer.render(SampleFiches.frenchCharacters(), DATE);
        assertThat(rendered.missingGlyphs()).isEmpty();
        try (PdfText pdf = new PdfText(rendered.pdf())) {
            String text = pdf.all();
            for (String expected : List.of("Œnologue à l’écoute « fine »", "cœur", "Élève", "À côté", "ça", "naïve",
                    "Noël", "ÉÈÊË", "àâäéèêëîïôöùûüÿç", "œ æ Æ", "– tiret — cadratin", "…", "1 900,50 €", "2 950 €")) {
                assertThat(flat(text)).contains(flat(expected));
            }
            assertThat(flat(text)).contains("2000€,naïve");
        }
    }

    @Test
    void reportsCharactersNoBundledFontCanPrint() throws Exception {
        Fiche base = SampleFiches.minimal();
        Fiche withHan = new Fiche(base.id(), base.title(), base.guide(), base.rome(), base.romeVersion(),
                base.fap(), base.educationLevel(), Optional.empty(), base.employability(), base.mobility(),
                base.salary(), Map.of(Section.SUMMARY, "Un mot chinois : 中文, et un emoji 🙂."), List.of(), List.of(),
                FicheDetails.NONE);
        BrochureRenderer.Rendered rendered = renderer.render(withHan, DATE);
        assertThat(rendered.missingGlyphs()).contains("U+4E2D", "U+6587");
        assertThat(rendered.pdf()).isNotEmpty();
    }

    @Test
    void labelsInEnglishOnRequest() throws Exception {
        BrochureRenderer english = new BrochureRenderer(context("en"), FONTS);
        try (PdfText pdf = new PdfText(english.render(SampleFiches.complete(), DATE).pdf())) {
            assertThat(flat(pdf.all())).contains(flat("CAREER GUIDE · CYBERSÉCURITÉ")).contains(flat("EDUCATION LEVEL"))
                    .contains("€2,000").contains(flat("Published on 25 November 2026")).contains("Summary")
                    .contains(flat("How to become one")).doesNotContain(flat("Becoming"));
            assertThat(pdf.language()).isEqualTo("en");
        }
    }

    @Test
    void printsTheNewContentWhenPresentAndSaysWhatIsNotGiven() throws Exception {
        try (PdfText pdf = new PdfText(renderer.render(SampleFiches.withGaps(), DATE).pdf())) {
            String text = flat(pdf.all());
            for (String expected : List.of("Aide-soignant", "Au féminin · aide-soignante", "Formations pour y accéder",
                    "DEAS diplôme d'État d'aide-soignant", "Métiers proches", "auxiliaire de puériculture",
                    "Pour en savoir plus", "Métiers de la santé", "www.example.org/sante?metier=aide-soignant",
                    "Informations à jour au 25 juin 2024", "Source : ONISEP, Idéo-Fiches métiers, 2024, licence ODbL",
                    "EMPLOYABILITÉ", "non renseigné", "débutant : 1 900 €")) {
                assertThat(text).contains(flat(expected));
            }
            assertThat(text).doesNotContain(flat("expérimenté :"));
            List<String> uris = new ArrayList<>();
            for (var annotation : pdf.document.getPage(0).getAnnotations()) {
                if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                        && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                    uris.add(uri.getURI());
                    assertThat(link.getContents()).contains("Métiers de la santé");
                }
            }
            assertThat(uris).containsExactly("https://www.example.org/sante?metier=aide-soignant");
            assertThat(pdf.structure()).anyMatch(line -> line.contains("Figure alt=Code QR de l’adresse https://"));
        }
    }

    @Test
    void tagsTheTitleFirstTheChartAndGaugesAsFiguresAndTheFactsAsATable() throws Exception {
        try (PdfText pdf = new PdfText(renderer.render(SampleFiches.complete(), DATE).pdf())) {
            List<String> structure = pdf.structure();
            assertThat(structure.get(0)).isEqualTo("Document");
            assertThat(structure.get(1).strip()).isEqualTo("Sect");
            assertThat(structure.get(2).strip()).isEqualTo("H1");
            assertThat(structure).anyMatch(line -> line.strip().equals(
                    "Figure alt=Salaire débutant 2\u202F000\u00A0€, expérimenté 4\u202F000\u00A0€, SMIC 1\u202F867,02\u00A0€"
                            + " au 1er juin 2026"))
                    .anyMatch(line -> line.strip().equals("Figure alt=Élevée (3 sur 4)"))
                    .anyMatch(line -> line.strip().equals("TH")).anyMatch(line -> line.strip().equals("LBody"))
                    .anyMatch(line -> line.strip().equals("H2"));
            var catalog = pdf.document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(pdf.document.getPage(0).getCOSObject().getNameAsString("Tabs")).isEqualTo("S");
            assertThat(pdf.document.getVersion()).isEqualTo(1.7f);
        }
    }

    @Test
    void declaresTheFrenchTextsOfTheEnglishEditionAsFrench() throws Exception {
        BrochureRenderer english = new BrochureRenderer(context("en"), FONTS);
        try (PdfText pdf = new PdfText(english.render(SampleFiches.complete(), DATE).pdf())) {
            List<String> structure = pdf.structure();
            assertThat(pdf.language()).isEqualTo("en");
            assertThat(structure.get(2).strip()).isEqualTo("H1[fr-FR]");
            assertThat(structure).anyMatch(line -> line.strip().equals("P[fr-FR]"))
                    .anyMatch(line -> line.strip().equals("L[fr-FR]")).anyMatch(line -> line.strip().equals("H2"));
        }
    }

    @Test
    void setsAmountsAndFrenchPunctuationWithNarrowNoBreakSpacesNothingUnderEightPoints() throws Exception {
        try (PdfText pdf = new PdfText(renderer.render(SampleFiches.complete(), DATE).pdf())) {
            String raw = pdf.raw();
            assertThat(raw).contains("2\u202F000").contains("PHP\u202F;").contains("faut-il\u202F?");
            assertThat(pdf.smallestTextSize()).isGreaterThanOrEqualTo(8f);
        }
    }

    @Test
    void aFicheThatFitsTwoPagesTakesTwo() throws Exception {
        try (PdfText pdf = new PdfText(renderer.render(SampleFiches.complete(), DATE).pdf())) {
            assertThat(pdf.pages()).isEqualTo(2);
        }
    }
}
