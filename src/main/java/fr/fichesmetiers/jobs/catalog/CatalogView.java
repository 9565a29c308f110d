package fr.fichesmetiers.jobs.catalog;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.fiche.FaqEntry;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.FicheOverlayStore;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.fiche.Section;
import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.UserException;
import fr.fichesmetiers.support.Euros;
import fr.fichesmetiers.support.LongDates;
import fr.fichesmetiers.support.Messages;
import fr.fichesmetiers.support.TextTable;

/** {@code list} and {@code show}: the published catalog (or an earlier version) as text. */
@Component
public class CatalogView {

    private final CatalogRepository catalog;
    private final ReferenceCodes codes;
    private final FicheOverlayStore overlays;

    CatalogView(CatalogRepository catalog, ReferenceCodes codes, FicheOverlayStore overlays) {
        this.catalog = catalog;
        this.codes = codes;
        this.overlays = overlays;
    }

    /** The profiles of a version (the published one when {@code null}) as an aligned table. */
    public void list(Long version, String guide, Messages m, PrintWriter out) {
        CatalogVersion catalogVersion = CatalogVersions.resolve(catalog, version, m);
        if (version == null) {
            CatalogVersions.requireGuide(catalog, guide, m);
        }
        List<FicheSummary> fiches = catalog.summaries(catalogVersion.id(), guide);
        out.println(m.get("list.heading", String.valueOf(catalogVersion.id()),
                CatalogVersions.date(catalogVersion, m), String.valueOf(fiches.size())));
        out.println();
        TextTable table = new TextTable(48, List.of(m.get("fact.id"), m.get("fact.title"), m.get("fact.guide"), "ROME",
                m.get("list.level"), m.get("list.starting"), m.get("list.experienced")), false, false, false, false,
                false, true, true);
        for (FicheSummary f : fiches) {
            table.add(List.of(f.id(), f.title(), f.guide(), f.rome().code(),
                    given(f.educationLevel().map(level -> m.get(level.messageKey())), m),
                    given(f.salary().starting().map(a -> euros(Optional.of(a), m)), m),
                    given(f.salary().experienced().map(a -> euros(Optional.of(a), m)), m)));
        }
        if (table.isEmpty()) {
            out.println(m.get("list.empty"));
        }
        else {
            table.print(out);
        }
    }

    /** One profile of a version (the published one when {@code null}) in full. */
    public void show(String id, Long version, Messages m, PrintWriter out) {
        CatalogVersion catalogVersion = CatalogVersions.resolve(catalog, version, m);
        Fiche fiche = catalog.fiche(catalogVersion.id(), id).orElseThrow(() -> new UserException(ExitCodes.FAILED,
                m.get("show.unknown", id, String.valueOf(catalogVersion.id()))));
        out.println(fiche.title().toUpperCase(m.locale()));
        out.println(m.get("show.labelled", m.get("fact.guide"), fiche.guide()));
        out.println();
        fact(out, m.get("fact.id"), fiche.id());
        fiche.details().feminineTitle().filter(feminine -> !feminine.equalsIgnoreCase(fiche.title()))
                .ifPresent(feminine -> fact(out, m.get("fact.feminineTitle"), feminine));
        fact(out, m.get("fact.rome"), m.get("show.rome", fiche.rome(), codes.romeLabel(fiche.rome(),
                fiche.romeVersion()).orElse(""), fiche.romeVersion().label()));
        // An unknown fact says so ("non renseigné"): never an empty value, a null or a zero.
        fact(out, m.get("fact.fap"), given(fiche.fap().map(fap -> fap + " " + codes.fapLabel(fap).orElse("")), m));
        fact(out, m.get("fact.educationLevel"), given(fiche.educationLevel().map(l -> m.get(l.messageKey())), m));
        fact(out, m.get("fact.recommendedBac"), given(fiche.recommendedBac(), m));
        fact(out, m.get("fact.employability"), given(fiche.employability().map(e -> m.get(e.messageKey())), m));
        fact(out, m.get("fact.mobility"), given(fiche.mobility().map(mobility -> m.get(mobility.messageKey())), m));
        fact(out, m.get("fact.startingSalary"), given(fiche.salary().starting()
                .map(amount -> euros(Optional.of(amount), m) + " " + m.get("fact.perMonth")), m));
        fact(out, m.get("fact.experiencedSalary"), given(fiche.salary().experienced()
                .map(amount -> euros(Optional.of(amount), m) + " " + m.get("fact.perMonth")), m));
        fiche.details().factsDate().ifPresent(day -> fact(out, m.get("fact.factsDate"),
                LongDates.format(day, m.locale())));
        fiche.details().source().ifPresent(source -> fact(out, m.get("fact.source"), source));
        for (Section section : Section.values()) {
            if (fiche.sections().containsKey(section)) {
                heading(out, m.get(section.headingKey(), fiche.title().toLowerCase(m.locale())));
                out.println(fiche.section(section));
            }
            if (section == Section.QUALITIES && !fiche.qualities().isEmpty()) {
                heading(out, m.get("fact.qualities"));
                fiche.qualities().forEach(quality -> out.println("  • " + quality));
            }
        }
        list(out, m.get("fact.formations"), fiche.details().formations());
        list(out, m.get("fact.relatedProfessions"), fiche.details().relatedProfessions());
        list(out, m.get("fact.links"), fiche.details().links().stream().map(link -> link.label().equals(link.url())
                ? link.url() : link.label() + " : " + link.url()).toList());
        if (!fiche.faq().isEmpty()) {
            heading(out, m.get("section.faq"));
            for (FaqEntry entry : fiche.faq()) {
                out.println(m.get("show.question", entry.question()));
                out.println(m.get("show.answer", entry.answer()));
                out.println();
            }
        }
        provenance(fiche, m, out);
    }

    /**
     * Where the values come from: the source the profile names (ONISEP and its licence), and the cells an office
     * added with {@code import --update}, which a full import keeps only with {@code --keep-updates}.
     */
    private void provenance(Fiche fiche, Messages m, PrintWriter out) {
        Map<String, FicheOverlayStore.Cell> kept = overlays.cells(List.of(fiche.id())).getOrDefault(fiche.id(),
                Map.of());
        heading(out, m.get("show.provenance"));
        out.println("  " + m.get("show.provenance.source", fiche.details().source().orElse(m.get("show.provenance.file"))));
        fiche.details().factsDate().ifPresent(day -> out.println("  " + m.get("show.provenance.factsDate",
                LongDates.format(day, m.locale()))));
        for (FicheOverlayStore.Cell cell : kept.values()) {
            out.println("  " + m.get("show.provenance.update", cell.column(), cell.value(), cell.sourceFile(),
                    LongDates.format(cell.updatedAt().toLocalDate(), m.locale())));
        }
    }

    /** A fact as known, or "non renseigné" / "not given". */
    private static String given(Optional<String> value, Messages m) {
        return value.map(String::strip).filter(v -> !v.isEmpty()).orElseGet(() -> m.get("fact.notGiven"));
    }

    private static void list(PrintWriter out, String title, List<String> items) {
        if (!items.isEmpty()) {
            heading(out, title);
            items.forEach(item -> out.println("  • " + item));
        }
    }

    private static String euros(Optional<BigDecimal> amount, Messages m) {
        return amount.map(value -> Euros.format(value, m.locale(), ' ')).orElse("");
    }

    private static void fact(PrintWriter out, String label, String value) {
        out.printf("  %-22s %s%n", label, value.strip());
    }

    private static void heading(PrintWriter out, String text) {
        out.println();
        out.println(text);
        out.println("-".repeat(text.length()));
    }
}
