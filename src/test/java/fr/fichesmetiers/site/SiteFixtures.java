package fr.fichesmetiers.site;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.fichesmetiers.fiche.EducationLevel;
import fr.fichesmetiers.fiche.Employability;
import fr.fichesmetiers.fiche.FaqEntry;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.FicheDetails;
import fr.fichesmetiers.fiche.FicheHash;
import fr.fichesmetiers.fiche.Mobility;
import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.fiche.RomeCode;
import fr.fichesmetiers.fiche.RomeVersion;
import fr.fichesmetiers.fiche.SalaryRange;
import fr.fichesmetiers.fiche.SampleFiches;
import fr.fichesmetiers.fiche.Section;
import fr.fichesmetiers.support.BrochureLayout;
import fr.fichesmetiers.support.LongDates;
import fr.fichesmetiers.support.Messages;

/** A small catalog written as a site the way the site job writes it, with stand-in brochures next to it. */
final class SiteFixtures {

    /** Runs script and markup if it is not escaped; the browser tests check that {@code window.pwned} stays unset. */
    static final String HOSTILE_TITLE = "<img src=x onerror=\"window.pwned=1\"><script>window.pwned=1</script>";
    static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example\",\"Cliquez\")";
    static final ReferenceCodes CODES = ReferenceCodes.bundled();

    private SiteFixtures() {
    }

    static List<Fiche> catalog() {
        List<Fiche> fiches = new ArrayList<>(List.of(SampleFiches.complete(), SampleFiches.minimal(),
                SampleFiches.longSections(), SampleFiches.withGaps(), SampleFiches.romeV4(),
                securityAnalyst(), hostile("titre-hostile", HOSTILE_TITLE), hostile("titre-formule", FORMULA_TITLE)));
        fiches.sort(Comparator.comparing(Fiche::guide).thenComparing(Fiche::title));
        return fiches;
    }

    /** A Cybersécurité profile whose title has the accents a search without them must find. */
    static Fiche securityAnalyst() {
        return new Fiche("analyste-securite", "Analyste en sécurité informatique", "Cybersécurité",
                new RomeCode("M1802"), RomeVersion.V3, Optional.empty(), Optional.of(EducationLevel.BAC_5),
                Optional.empty(), Optional.of(Employability.TRES_ELEVEE), Optional.of(Mobility.BONNE),
                SalaryRange.of(new BigDecimal("2600"), new BigDecimal("4500")),
                Map.of(Section.SUMMARY, "Elle surveille les systèmes et répond aux attaques."), List.of("Sang-froid"),
                List.of(new FaqEntry("Faut-il être développeur ?", "Non, mais il faut aimer comprendre.")),
                new FicheDetails(Optional.of("Analyste en sécurité informatique (femme)"), List.of("Master"),
                        List.of("developpeur-back-end", "pentesteur"), List.of(), Optional.empty(),
                        Optional.of(LocalDate.of(2026, 11, 2))));
    }

    static Fiche hostile(String id, String title) {
        return new Fiche(id, title, "Numérique", new RomeCode("M1855"), RomeVersion.V4, Optional.empty(),
                Optional.of(EducationLevel.BAC_2), Optional.of(title), Optional.of(Employability.MOYENNE),
                Optional.empty(), SalaryRange.of(new BigDecimal("1900"), null),
                Map.of(Section.SUMMARY, title + "\n" + "</p><script>window.pwned=1</script>"), List.of(title),
                List.of(new FaqEntry(title, title)), new FicheDetails(Optional.of(title), List.of(title),
                        List.of(title), List.of(), Optional.of(title), Optional.empty()));
    }

    /** Writes {@code <root>/site} for the catalog, with empty stand-in brochures for all but the last profile. */
    static SiteWriter.Stats write(Path root, List<Fiche> fiches, String lang, SiteTheme theme) throws IOException {
        return write(root, fiches, lang, theme, 7);
    }

    /** As the site job writes it when {@code version} is in force and version 7 first published every profile. */
    static SiteWriter.Stats write(Path root, List<Fiche> fiches, String lang, SiteTheme theme, int version)
            throws IOException {
        Path brochures = root.resolve("brochures");
        for (Fiche fiche : fiches.subList(0, fiches.size() - 1)) {
            touch(BrochureLayout.brochure(brochures, fiche.guide(), fiche.id()));
            touch(BrochureLayout.booklet(brochures, fiche.guide()));
        }
        touch(root.resolve("comparison/comparaison-metiers.xlsx"));
        Messages m = Messages.forLanguage(lang);
        SiteWriter writer = new SiteWriter(new SiteLinks(root.resolve("site"), brochures,
                root.resolve("comparison/comparaison-metiers.xlsx")), m, theme, CODES,
                m.get("site.stamp", String.valueOf(version), LongDates.format(LocalDate.of(2026, 12, version - 6),
                        m.locale())));
        String published = m.get("site.stamp.fiche", "7", LongDates.format(LocalDate.of(2026, 12, 1), m.locale()));
        Map<String, String> titles = new LinkedHashMap<>();
        fiches.forEach(f -> titles.put(f.id(), f.title()));
        // As the site job does: a profile whose page would be made from the same is kept, the others rendered.
        for (Fiche fiche : fiches) {
            String hash = FicheHash.of(fiche);
            if (!writer.keep(fiche.id(), fiche.guide(), hash, published, titles)) {
                writer.profile(fiche, titles, published, hash);
            }
        }
        return writer.finish();
    }

    static SiteTheme theme() {
        return new SiteTheme("CIO de Lyon", "#1F4E79", null);
    }

    private static void touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.write(file, new byte[] {'%', 'P', 'D', 'F'});
        }
    }
}
