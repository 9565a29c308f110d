package fr.fichesmetiers.brochure;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.support.AtomicFiles;
import fr.fichesmetiers.support.BrochureLayout;
import fr.fichesmetiers.support.Messages;

/**
 * A booklet of any selection of published profiles, in the order given, for a class or a fair: the same layout as
 * a guide's booklet, under its own title. One document made on request, no job: nothing to resume.
 */
public final class SelectionBooklet {

    private final CatalogRepository catalog;
    private final ReferenceCodes codes;
    private final SmicTable smic;
    private final BrochureSettings settings;
    private final FontFamily fonts;

    public SelectionBooklet(CatalogRepository catalog, ReferenceCodes codes, SmicTable smic,
            BrochureSettings settings, FontFamily fonts) {
        this.catalog = catalog;
        this.codes = codes;
        this.smic = smic;
        this.settings = settings;
        this.fonts = fonts;
    }

    /** The booklet written: where, how many profiles and pages. */
    public record Written(Path file, int profiles, int pages) {
    }

    /**
     * @param ids published profiles (checked by the caller), in booklet order
     * @param out the file, or {@code null} for {@code <brochure folder>/<title slug>.pdf}
     */
    public Written write(List<String> ids, String title, Path out, String language, LocalDate today)
            throws Exception {
        CatalogVersion version = catalog.currentVersion().orElseThrow(BrochureRun.NoCatalogException::new);
        Map<String, FicheSummary> byId = new HashMap<>();
        catalog.forEachSummary(version.id(), null, summary -> byId.put(summary.id(), summary));
        List<FicheSummary> fiches = ids.stream().distinct().map(byId::get).filter(Objects::nonNull).toList();
        SalaryScale scale = SalaryScale.forCatalog(catalog.highestSalary(version.id()), smic.applicableOn(today));
        BrochureContext context = new BrochureContext(Messages.forLanguage(language), settings.theme(), scale, codes);
        Path file = (out != null ? out : BrochureLayout.booklet(Path.of(settings.outputDirectory()), title))
                .toAbsolutePath().normalize();
        int[] pages = new int[1];
        AtomicFiles.write(file, stream -> pages[0] = new BookletAssembler(context, fonts).assemble(
                new BookletAssembler.Booklet(title, fiches, selected -> catalog.fiches(version.id(), selected), today,
                        settings.bookletPadToFour()), stream));
        return new Written(file, fiches.size(), pages[0]);
    }
}
