package fr.fichesmetiers.brochure;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.job.parameters.JobParameters;

import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.support.BrochureLayout;
import fr.fichesmetiers.support.Checksums;
import fr.fichesmetiers.support.Messages;
import fr.fichesmetiers.support.Shard;

/**
 * What one brochure run works on: the published catalog version, the profiles selected, the rendering context
 * shared by all of them, and where the files go.
 */
class BrochureRun {

    private final CatalogVersion version;
    private final BrochureContext context;
    private final List<FicheSummary> selection;
    private final Path output;
    private final boolean all;
    private final boolean booklets;
    private final Map<String, LocalDate> firstPublished;
    private final boolean padToFour;

    BrochureRun(CatalogVersion version, BrochureContext context, List<FicheSummary> selection, Path output,
            boolean all, boolean booklets, Map<String, LocalDate> firstPublished, boolean padToFour) {
        this.version = version;
        this.context = context;
        this.selection = selection;
        this.output = output;
        this.all = all;
        this.booklets = booklets;
        this.firstPublished = firstPublished;
        this.padToFour = padToFour;
    }

    /** @throws NoCatalogException when nothing was ever published */
    static BrochureRun prepare(JobParameters params, CatalogRepository catalog, ReferenceCodes codes,
            SmicTable smicTable, BrochureSettings settings) {
        BrochureRequest request = BrochureRequest.of(params);
        Messages messages = Messages.forLanguage(request.lang());
        CatalogVersion version = catalog.currentVersion().orElseThrow(NoCatalogException::new);
        String guide = request.guide();
        Set<String> only = Set.copyOf(request.only());
        Shard shard = request.shard();
        List<FicheSummary> selection = catalog.summaries(version.id(), guide).stream()
                .filter(f -> only.isEmpty() || only.contains(f.id()))
                .filter(f -> shard == null || shard.owns(f.guide())).toList();
        // The scale is the whole catalog's: read from the selection when it is the whole catalog.
        boolean whole = guide == null && only.isEmpty() && shard == null;
        BigDecimal highest = whole ? selection.stream()
                .map(f -> f.salary().experienced().or(() -> f.salary().starting()).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::max) : catalog.highestSalary(version.id());
        SalaryScale scale = SalaryScale.forCatalog(highest, smic(smicTable, request));
        BrochureRequest.Theme theme = request.theme();
        BrochureSettings themed = new BrochureSettings(
                override(theme.organisation(), settings.organisation()),
                override(theme.primaryColor(), settings.primaryColor()),
                override(theme.logo(), settings.logo()), settings.outputDirectory(), settings.threads(),
                settings.chunkSize(), settings.bookletPadToFour());
        BrochureContext context = new BrochureContext(messages, themed.theme(), scale, codes);
        return new BrochureRun(version, context, selection, settings.folder(request), request.all(),
                only.isEmpty() && request.booklets(), Map.copyOf(catalog.firstPublished(version.id())),
                settings.bookletPadToFour());
    }

    /** The SMIC in force on the day the run was asked for (the same day when it is restarted). */
    private static SmicTable.Entry smic(SmicTable table, BrochureRequest request) {
        LocalDate day = request.requestedAt() == null ? LocalDate.now() : request.requestedAt().toLocalDate();
        return table.applicableOn(day);
    }

    private static String override(String requested, String configured) {
        return requested == null ? configured : requested;
    }

    /**
     * A plain copy of the run, for threads outside the step's scope (a step-scoped proxy only works on the step's
     * thread; returning {@code this} would give the proxy back).
     */
    BrochureRun unproxied() {
        return new BrochureRun(version, context, selection, output, all, booklets, firstPublished, padToFour);
    }

    CatalogVersion version() {
        return version;
    }

    BrochureContext context() {
        return context;
    }

    /** The profiles to render, by guide then title. */
    List<FicheSummary> selection() {
        return selection;
    }

    boolean all() {
        return all;
    }

    boolean booklets() {
        return booklets;
    }

    /** Booklets padded to a multiple of 4 pages. */
    boolean padToFour() {
        return padToFour;
    }

    Path output() {
        return output;
    }

    /** {@code output/brochures/<guide-slug>/<id>.pdf} */
    Path brochurePath(FicheSummary fiche) {
        return BrochureLayout.brochure(output, fiche.guide(), fiche.id());
    }

    /** {@code output/brochures/<guide-slug>.pdf} */
    Path bookletPath(String guide) {
        return BrochureLayout.booklet(output, guide);
    }

    /** When the profile's current content was first published: the date its brochure prints. */
    LocalDate publishedOn(FicheSummary fiche) {
        return firstPublished.getOrDefault(fiche.id(), version.publishedAt().toLocalDate());
    }

    /** What a brochure is made from: its content, the look, and the date it prints. */
    String renderHash(FicheSummary fiche) {
        return Checksums.sha256(fiche.contentHash(), context.fingerprint(), String.valueOf(publishedOn(fiche)));
    }

    /** The guides of the selection, in French order. */
    List<String> guides() {
        return selection.stream().map(FicheSummary::guide).distinct().sorted(CatalogRepository.FRENCH_ORDER).toList();
    }

    /** A guide's profiles in title order, as its booklet prints them. */
    List<FicheSummary> guide(String guide) {
        // The selection is already in guide then title order.
        return selection.stream().filter(f -> f.guide().equals(guide)).toList();
    }

    /** Nothing was ever published: there is nothing to render. */
    static final class NoCatalogException extends RuntimeException {
        NoCatalogException() {
            super("No catalog published");
        }
    }
}
