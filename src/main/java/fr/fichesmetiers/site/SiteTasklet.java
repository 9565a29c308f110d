package fr.fichesmetiers.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.support.LongDates;
import fr.fichesmetiers.support.Messages;

/**
 * Writes the site of the published catalog: reads the profiles a few hundred at a time, in the order of the guides'
 * tables, and hands them to the {@link SiteWriter}. Rewriting a site is cheap and its files are replaced only when
 * they change, so a restarted step writes it again from the start.
 */
class SiteTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(SiteTasklet.class);
    private static final int BATCH = 200;
    private final CatalogRepository catalog;
    private final ReferenceCodes codes;
    private final SiteSettings settings;

    SiteTasklet(CatalogRepository catalog, ReferenceCodes codes, SiteSettings settings) {
        this.catalog = catalog;
        this.codes = codes;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long start = System.nanoTime();
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        Optional<CatalogVersion> version = catalog.currentVersion();
        if (version.isEmpty()) {
            context.putString(SiteKeys.NO_CATALOG, "true");
            throw new IllegalStateException("No catalog published");
        }
        SiteRequest request = SiteRequest.of(contribution.getStepExecution().getJobParameters());
        Messages m = Messages.forLanguage(request.lang());
        Path folder = absolute(request.out(), settings.outputDirectory());
        SiteLinks links = new SiteLinks(folder, absolute(request.brochures(), settings.brochureDirectory()),
                absolute(request.workbook(), settings.workbookFile()));
        String stamp = stamp("site.stamp", version.get(), m);
        SiteWriter writer = new SiteWriter(links, m, theme(request), codes, stamp);
        Map<String, CatalogVersion> first = catalog.firstVersions(version.get().id());
        List<FicheSummary> summaries = catalog.summaries(version.get().id(), null);
        Map<String, String> titles = new HashMap<>();
        summaries.forEach(s -> titles.put(s.id(), s.title()));
        Map<String, String> hashes = new HashMap<>();
        int rendered = 0;
        for (int from = 0; from < summaries.size(); from += BATCH) {
            List<String> ids = new ArrayList<>(BATCH);
            for (FicheSummary s : summaries.subList(from, Math.min(from + BATCH, summaries.size()))) {
                hashes.put(s.id(), s.contentHash());
                if (!writer.keep(s.id(), s.guide(), s.contentHash(), published(first, s.id(), stamp, m), titles)) {
                    ids.add(s.id());
                }
            }
            // Only the profiles whose page must be made again are read in full.
            for (Fiche fiche : catalog.fiches(version.get().id(), ids)) {
                writer.profile(fiche, titles, published(first, fiche.id(), stamp, m), hashes.get(fiche.id()));
                rendered++;
            }
        }
        SiteWriter.Stats stats = writer.finish();
        long millis = (System.nanoTime() - start) / 1_000_000;
        context.putInt(SiteKeys.PAGES, stats.files());
        context.putInt(SiteKeys.WRITTEN, stats.written());
        context.putInt(SiteKeys.UNCHANGED, stats.unchanged());
        context.putInt(SiteKeys.REMOVED, stats.removed());
        context.putLong(SiteKeys.BYTES, stats.bytes());
        context.putString(SiteKeys.FOLDER, folder.toString());
        context.putLong(SiteKeys.MILLIS, millis);
        contribution.incrementWriteCount(stats.written());
        log.info("event=site.written folder={} files={} written={} unchanged={} removed={} rendered={} bytes={}"
                + " millis={}", folder, stats.files(), stats.written(), stats.unchanged(), stats.removed(), rendered,
                stats.bytes(), millis);
        return RepeatStatus.FINISHED;
    }

    private static String published(Map<String, CatalogVersion> first, String id, String stamp, Messages m) {
        CatalogVersion version = first.get(id);
        return version == null ? stamp : stamp("site.stamp.fiche", version, m);
    }

    private static String stamp(String key, CatalogVersion version, Messages m) {
        return m.get(key, String.valueOf(version.id()), LongDates.format(version.publishedAt().toLocalDate(),
                m.locale()));
    }

    private SiteTheme theme(SiteRequest request) {
        String logo = request.logo() != null ? request.logo() : settings.logo();
        return new SiteTheme(request.organisation() != null ? request.organisation() : settings.organisation(),
                request.primaryColor() != null ? request.primaryColor() : settings.primaryColor(),
                logo == null || logo.isBlank() ? null : Path.of(logo));
    }

    private static Path absolute(Path requested, String configured) {
        return (requested != null ? requested : Path.of(configured)).toAbsolutePath().normalize();
    }
}
