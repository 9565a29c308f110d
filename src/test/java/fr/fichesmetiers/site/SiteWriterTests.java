package fr.fichesmetiers.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.fichesmetiers.fiche.Fiche;

class SiteWriterTests {

    @TempDir
    Path root;

    @Test
    void writesTheIndexAPagePerGuideAndPerProfileEachWithTheCatalogVersion() throws IOException {
        SiteWriter.Stats stats = SiteFixtures.write(root, SiteFixtures.catalog(), "fr", SiteFixtures.theme());

        Path site = root.resolve("site");
        assertThat(site.resolve("index.html")).exists();
        assertThat(site.resolve("guides/cybersecurite.html")).exists();
        assertThat(site.resolve("fiches/developpeur-back-end.html")).exists();
        assertThat(site.resolve("data/sante.js")).exists();
        try (Stream<Path> pages = Files.walk(site)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertThat(read(page)).as(page.toString()).containsPattern("Catalogue version 7, publié le 1er décembre 2026"
                        + "|Fiche de la version 7 du catalogue, publiée le 1er décembre 2026")
                        .contains("CIO de Lyon").contains("<meta name=\"viewport\"");
            }
        }
        assertThat(stats.written()).isEqualTo(stats.files());
    }

    @Test
    void profilePageHasTheFullTextKeyFactsFaqAndLinks() throws IOException {
        SiteFixtures.write(root, SiteFixtures.catalog(), "fr", SiteFixtures.theme());

        String page = read(root.resolve("site/fiches/developpeur-back-end.html"));
        assertThat(page).contains("<h1>Développeur back-end</h1>", "Le rôle", "Missions au quotidien",
                "Quel bac choisir ?", "Bac+5", "2\u202F000\u00A0€", "M1802",
                "href=\"../../brochures/cybersecurite/developpeur-back-end.pdf\"",
                "href=\"../../brochures/cybersecurite.pdf\"", "href=\"../guides/cybersecurite.html\"");
        String gaps = read(root.resolve("site/fiches/aide-soignant-onisep.html"));
        assertThat(gaps).contains("Au féminin : aide-soignante", "DEAS diplôme d'État", "non renseigné",
                "href=\"https://www.example.org/sante?metier=aide-soignant\"", "25 juin 2024");
        String analyst = read(root.resolve("site/fiches/analyste-securite.html"));
        assertThat(analyst).contains("<a href=\"../fiches/developpeur-back-end.html\">Développeur back-end</a>",
                "<li>pentesteur</li>");
    }

    @Test
    void catalogTextIsAlwaysEscaped() throws IOException {
        SiteFixtures.write(root, SiteFixtures.catalog(), "fr", SiteFixtures.theme());

        try (Stream<Path> files = Files.walk(root.resolve("site"))) {
            for (Path file : files.filter(p -> p.toString().matches(".*\\.(html|js)$")).toList()) {
                assertThat(read(file)).as(file.toString()).doesNotContain("<img src=x", "<script>window");
            }
        }
        assertThat(read(root.resolve("site/fiches/titre-hostile.html")))
                .contains("<h1>&lt;img src=x onerror=\"window.pwned=1\"&gt;&lt;script&gt;window.pwned=1&lt;/script&gt;</h1>");
    }

    @Test
    void linksOnlyToDocumentsThatExist() throws IOException {
        List<Fiche> fiches = SiteFixtures.catalog();
        SiteFixtures.write(root, fiches, "fr", SiteFixtures.theme());

        Fiche last = fiches.getLast();
        assertThat(read(root.resolve("site/fiches/" + last.id() + ".html"))).doesNotContain("brochure (PDF)")
                .doesNotContain(last.id() + ".pdf");
    }

    @Test
    void rewritesOnlyThePagesWhoseContentChangedAndRemovesRetiredOnes() throws IOException {
        List<Fiche> fiches = new ArrayList<>(SiteFixtures.catalog());
        SiteWriter.Stats first = SiteFixtures.write(root, fiches, "fr", SiteFixtures.theme());
        SiteWriter.Stats again = SiteFixtures.write(root, fiches, "fr", SiteFixtures.theme());
        assertThat(again.written()).isZero();
        assertThat(again.unchanged()).isEqualTo(first.files());

        Fiche retired = fiches.remove(fiches.indexOf(SiteFixtures.securityAnalyst()));
        SiteWriter.Stats after = SiteFixtures.write(root, fiches, "fr", SiteFixtures.theme());

        // The guide's page, its search data and the index (whose counts changed); no profile page.
        assertThat(after.written()).isEqualTo(3);
        assertThat(after.removed()).isEqualTo(1);
        assertThat(root.resolve("site/fiches/" + retired.id() + ".html")).doesNotExist();
        try (Stream<Path> files = Files.walk(root.resolve("site"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void aNewCatalogVersionThatLeavesTheProfilesAsTheyWereRewritesOnlyTheIndexAndTheGuides() throws IOException {
        SiteFixtures.write(root, SiteFixtures.catalog(), "fr", SiteFixtures.theme(), 7);
        SiteWriter.Stats next = SiteFixtures.write(root, SiteFixtures.catalog(), "fr", SiteFixtures.theme(), 8);

        assertThat(next.written()).isEqualTo(1 + 4);
        assertThat(read(root.resolve("site/index.html"))).contains("Catalogue version 8, publié le 2 décembre 2026");
        assertThat(read(root.resolve("site/fiches/developpeur-back-end.html")))
                .contains("Fiche de la version 7 du catalogue, publiée le 1er décembre 2026");
    }

    @Test
    void aProfileWhoseTextChangedIsRenderedAgainAndTheOthersAreKeptAsTheyWere() throws IOException {
        List<Fiche> fiches = new ArrayList<>(SiteFixtures.catalog());
        SiteFixtures.write(root, fiches, "fr", SiteFixtures.theme());
        Fiche analyst = SiteFixtures.securityAnalyst();
        fiches.set(fiches.indexOf(analyst), new Fiche(analyst.id(), analyst.title(), analyst.guide(), analyst.rome(),
                analyst.romeVersion(), analyst.fap(), analyst.educationLevel(), analyst.recommendedBac(),
                analyst.employability(), analyst.mobility(), analyst.salary(),
                java.util.Map.of(fr.fichesmetiers.fiche.Section.SUMMARY, "Un résumé tout neuf."), analyst.qualities(),
                analyst.faq(), analyst.details()));

        SiteWriter.Stats next = SiteFixtures.write(root, fiches, "fr", SiteFixtures.theme());

        // Its page only: its row and its search entry are the same.
        assertThat(next.written()).isEqualTo(1);
        assertThat(read(root.resolve("site/fiches/analyste-securite.html"))).contains("Un résumé tout neuf.");
        assertThat(read(root.resolve("site/guides/cybersecurite.html")))
                .containsSubsequence("Analyste en sécurité informatique", "Développeur back-end");
    }

    @Test
    void countsAreWrittenOutInTheSingularAndThePlural() throws IOException {
        List<Fiche> catalog = SiteFixtures.catalog();
        long guides = catalog.stream().map(Fiche::guide).distinct().count();
        SiteFixtures.write(root, catalog, "fr", SiteFixtures.theme());

        String index = read(root.resolve("site/index.html"));
        assertThat(index).contains(catalog.size() + " fiches métiers dans " + guides + " guides.")
                .contains("data-found-one=\"1 fiche trouvée\"").doesNotContain("(s)");
        assertThat(read(root.resolve("site/guides/cybersecurite.html"))).contains("2 fiches").doesNotContain("(s)");
    }

    @Test
    void speaksEnglishWithLangEn() throws IOException {
        SiteFixtures.write(root, SiteFixtures.catalog(), "en", SiteFixtures.theme());

        assertThat(read(root.resolve("site/index.html"))).contains("<html lang=\"en\">", "Find a profile",
                "Catalog version 7, published on 1 December 2026");
        assertThat(read(root.resolve("site/fiches/developpeur-back-end.html"))).contains("Key facts", "€2,000");
    }

    @Test
    void searchDataIsAClassicScriptPerGuide() throws IOException {
        SiteFixtures.write(root, SiteFixtures.catalog(), "fr", SiteFixtures.theme());

        String data = read(root.resolve("site/data/cybersecurite.js"));
        assertThat(data).startsWith("window.FICHES=(window.FICHES||[]).concat([")
                .contains("\"t\":\"Analyste en sécurité informatique\"", "\"u\":\"fiches/analyste-securite.html\"");
        assertThat(read(root.resolve("site/index.html"))).contains("<script src=\"data/cybersecurite.js\"></script>")
                .doesNotContain("type=\"module\"", "fetch(", "http://", "https://");
    }

    @Test
    void aLightBrandColourGetsDarkTextAndDarkerLinks() {
        String css = new SiteTheme("CIO", "#FFD200", null).css();

        assertThat(css).contains("--on-brand:#111111");
        String link = css.replaceAll(".*--link:(#[0-9A-F]{6}).*\\s*", "$1");
        assertThat(SiteTheme.contrast(Integer.parseInt(link.substring(1), 16), 0xFFFFFF)).isGreaterThanOrEqualTo(4.5);
        assertThat(new SiteTheme("CIO", "#1F4E79", null).css()).contains("--on-brand:#FFFFFF", "--link:#1F4E79");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
