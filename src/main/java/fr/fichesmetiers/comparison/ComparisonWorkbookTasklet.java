package fr.fichesmetiers.comparison;

import java.awt.Color;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.support.AtomicFiles;
import fr.fichesmetiers.support.BrochureLayout;
import fr.fichesmetiers.support.Messages;

/** Writes the comparison workbook of the published catalog to a temporary file renamed into place. */
class ComparisonWorkbookTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ComparisonWorkbookTasklet.class);
    private final CatalogRepository catalog;
    private final ReferenceCodes codes;
    private final ComparisonSettings settings;
    private final SmicTable smic;

    ComparisonWorkbookTasklet(CatalogRepository catalog, ReferenceCodes codes, ComparisonSettings settings,
            SmicTable smic) {
        this.catalog = catalog;
        this.codes = codes;
        this.settings = settings;
        this.smic = smic;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long start = System.nanoTime();
        JobParameters params = contribution.getStepExecution().getJobParameters();
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        Optional<CatalogVersion> version = catalog.currentVersion();
        if (version.isEmpty()) {
            context.putString(ComparisonKeys.NO_CATALOG, "true");
            throw new IllegalStateException("No catalog published");
        }
        ComparisonRequest request = ComparisonRequest.of(params);
        Messages messages = Messages.forLanguage(request.lang());
        String guide = request.guide();
        Path file = (request.out() != null ? request.out() : Path.of(settings.outputFile())).toAbsolutePath()
                .normalize();
        Path brochures = (request.brochures() != null ? request.brochures() : Path.of(settings.brochureDirectory()))
                .toAbsolutePath().normalize();
        List<FicheSummary> fiches = catalog.summaries(version.get().id(), guide);
        Map<String, CatalogRepository.Provenance> provenance = catalog.provenance(version.get().id(), guide);
        String site = siteAddress(settings.siteBaseUrl());
        List<ComparisonRow> rows = new ArrayList<>(fiches.size());
        CatalogRepository.Provenance none = new CatalogRepository.Provenance(Optional.empty(), Optional.empty());
        for (FicheSummary fiche : fiches) {
            CatalogRepository.Provenance origin = provenance.getOrDefault(fiche.id(), none);
            rows.add(new ComparisonRow(fiche, codes.romeLabel(fiche.rome(), fiche.romeVersion()).orElse(""),
                    fiche.fap().flatMap(codes::fapLabel).orElse(""),
                    site == null ? link(file.getParent(), brochures, fiche) : siteLink(site, fiche), origin.source(),
                    origin.factsDate()));
        }
        ComparisonWorkbookWriter writer = new ComparisonWorkbookWriter(messages, Color.decode(settings.primaryColor()),
                settings.streamingThreshold());
        LocalDateTime now = LocalDateTime.now();
        // The SMIC in force on the day the workbook was asked for: a restart compares with the same one.
        LocalDate day = (request.requestedAt() == null ? now : request.requestedAt()).toLocalDate();
        WorkbookInfo info = new WorkbookInfo(version.get(), guide, now, smic.applicableOn(day), site);
        AtomicFiles.removeLeftovers(file.getParent());
        ComparisonWorkbookWriter.Result[] result = new ComparisonWorkbookWriter.Result[1];
        AtomicFiles.write(file, stream -> result[0] = writer.write(rows, info, stream));
        long millis = (System.nanoTime() - start) / 1_000_000;
        context.putInt(ComparisonKeys.ROWS, result[0].rows());
        context.putString(ComparisonKeys.STREAMED, String.valueOf(result[0].streamed()));
        context.putString(ComparisonKeys.FILE, file.toString());
        context.putLong(ComparisonKeys.MILLIS, millis);
        contribution.incrementWriteCount(result[0].rows());
        log.info("event=workbook.written file={} rows={} streamed={} millis={}", file, result[0].rows(),
                result[0].streamed(), millis);
        return RepeatStatus.FINISHED;
    }

    /** The configured site address ending with one slash, or {@code null} when none is configured. */
    static String siteAddress(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return null;
        }
        String address = baseUrl.strip();
        return address.endsWith("/") ? address : address + "/";
    }

    /** The brochure's full address on the site, {@code <base-url>/brochures/<guide-slug>/<id>.pdf}. */
    static String siteLink(String siteAddress, FicheSummary fiche) throws URISyntaxException {
        Path target = BrochureLayout.brochure(Path.of(ComparisonSettings.SITE_BROCHURES), fiche.guide(), fiche.id());
        return siteAddress + new URI(null, null, target.toString().replace('\\', '/'), null).toASCIIString();
    }

    /** The brochure's path relative to the workbook's folder, as a URI (spaces and accents encoded). */
    static String link(Path workbookFolder, Path brochures, FicheSummary fiche) throws URISyntaxException {
        Path target = BrochureLayout.brochure(brochures, fiche.guide(), fiche.id());
        String relative = workbookFolder.relativize(target).toString().replace('\\', '/');
        return new URI(null, null, relative, null).toASCIIString();
    }
}
