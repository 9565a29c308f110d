package fr.fichesmetiers.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.fiche.Section;
import fr.fichesmetiers.site.SitePages.Fact;
import fr.fichesmetiers.site.SitePages.Layout;
import fr.fichesmetiers.site.SitePages.Part;
import fr.fichesmetiers.site.SitePages.ProfilePage;
import fr.fichesmetiers.site.SitePages.Related;
import fr.fichesmetiers.site.SitePages.Row;
import fr.fichesmetiers.support.Euros;
import fr.fichesmetiers.support.LongDates;
import fr.fichesmetiers.support.Messages;

/** Turns a profile into what its page and its row of the guide's table show: words, never raw codes. */
final class ProfilePages {

    private final Messages m;
    private final ReferenceCodes codes;
    private final SiteLinks links;

    ProfilePages(Messages m, ReferenceCodes codes, SiteLinks links) {
        this.m = m;
        this.codes = codes;
        this.links = links;
    }

    /** @param titles the catalog's titles by id, so that a related profession that is a profile gets a link */
    ProfilePage page(Fiche f, Layout layout, Map<String, String> titles) {
        List<Part> parts = new ArrayList<>();
        for (Section section : Section.values()) {
            String text = f.section(section);
            if (!text.isEmpty()) {
                parts.add(new Part(m.get(section.headingKey(), f.title()), paragraphs(text)));
            }
        }
        List<Related> related = f.details().relatedProfessions().stream()
                .map(name -> titles.containsKey(name) ? new Related(titles.get(name), ficheHref(name))
                        : new Related(name, null))
                .toList();
        return new ProfilePage(layout, f.title(), f.details().feminineTitle().orElse(null), f.guide(),
                "../" + SiteLinks.GUIDES + "/" + SiteLinks.guideName(f.guide()) + ".html", facts(f), parts,
                f.qualities(), f.faq(), f.details().formations(), related, f.details().links(),
                f.details().source().orElse(null),
                f.details().factsDate().map(d -> LongDates.format(d, m.locale())).orElse(null),
                links.brochure(f.guide(), f.id(), 1), links.booklet(f.guide(), 1));
    }

    Row row(Fiche f) {
        return new Row(f.title(), f.details().feminineTitle().orElse(null), ficheHref(f.id()),
                f.educationLevel().map(l -> m.get(l.messageKey())).orElse(unknown()),
                f.educationLevel().map(l -> String.valueOf(l.frameworkLevel())).orElse(""),
                amount(f.salary().starting()), key(f.salary().starting()), amount(f.salary().experienced()),
                key(f.salary().experienced()), f.employability().map(e -> m.get(e.messageKey())).orElse(unknown()),
                f.employability().map(e -> String.valueOf(e.step())).orElse(""),
                f.mobility().map(e -> m.get(e.messageKey())).orElse(unknown()),
                f.mobility().map(e -> String.valueOf(e.step())).orElse(""), links.brochure(f.guide(), f.id(), 1));
    }

    static String ficheHref(String id) {
        return "../" + SiteLinks.FICHES + "/" + SiteLinks.ficheName(id) + ".html";
    }

    private List<Fact> facts(Fiche f) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(m.get("site.fact.rome"), f.rome().code()
                + codes.romeLabel(f.rome(), f.romeVersion()).map(l -> " – " + l).orElse("")));
        f.fap().ifPresent(fap -> facts.add(new Fact(m.get("site.fact.fap"),
                fap.code() + codes.fapLabel(fap).map(l -> " – " + l).orElse(""))));
        facts.add(new Fact(m.get("site.col.level"), f.educationLevel().map(l -> m.get(l.messageKey()))
                .orElse(unknown())));
        f.recommendedBac().ifPresent(bac -> facts.add(new Fact(m.get("site.fact.bac"), bac)));
        facts.add(new Fact(m.get("site.col.employability"), f.employability().map(e -> m.get(e.messageKey()))
                .orElse(unknown())));
        facts.add(new Fact(m.get("site.col.mobility"), f.mobility().map(e -> m.get(e.messageKey()))
                .orElse(unknown())));
        facts.add(new Fact(m.get("site.col.starting"), amount(f.salary().starting())));
        facts.add(new Fact(m.get("site.col.experienced"), amount(f.salary().experienced())));
        return facts;
    }

    /** A line break inside a cell starts a new paragraph, as in the brochures. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private String amount(Optional<BigDecimal> amount) {
        return amount.map(a -> Euros.format(a, m.locale())).orElse(unknown());
    }

    private static String key(Optional<BigDecimal> amount) {
        return amount.map(BigDecimal::toPlainString).orElse("");
    }

    private String unknown() {
        return m.get("site.unknown");
    }
}
