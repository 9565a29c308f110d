package fr.fichesmetiers.jobs.run;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import fr.fichesmetiers.brochure.BrochureKeys;
import fr.fichesmetiers.brochure.BrochureRequest;
import fr.fichesmetiers.brochure.BrochureResult;
import fr.fichesmetiers.brochure.BrochureResults;
import fr.fichesmetiers.comparison.ComparisonKeys;
import fr.fichesmetiers.comparison.ComparisonRequest;
import fr.fichesmetiers.comparison.ComparisonResult;
import fr.fichesmetiers.comparison.ComparisonResults;
import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.importing.ImportKeys;
import fr.fichesmetiers.importing.ImportRequest;
import fr.fichesmetiers.importing.ImportResult;
import fr.fichesmetiers.importing.ImportResults;
import fr.fichesmetiers.jobs.catalog.CatalogVersions;
import fr.fichesmetiers.site.SiteKeys;
import fr.fichesmetiers.site.SiteRequest;
import fr.fichesmetiers.site.SiteResult;
import fr.fichesmetiers.site.SiteResults;
import fr.fichesmetiers.support.Messages;

/**
 * Runs one feature job on its own ({@code import}, {@code validate}, {@code brochures}, {@code compare}, {@code site})
 * and reads what it did. The caller holds the run lock.
 */
@Component
public class FeatureRuns {

    private final JobOperator operator;
    private final Job importJob;
    private final Job brochureJob;
    private final Job comparisonJob;
    private final ImportResults imports;
    private final BrochureResults brochures;
    private final ComparisonResults comparisons;
    private final CatalogRepository catalog;
    private final Job siteJob;
    private final SiteResults sites;

    FeatureRuns(JobOperator operator, @Qualifier(ImportKeys.JOB) Job importJob,
            @Qualifier(BrochureKeys.JOB) Job brochureJob, @Qualifier(ComparisonKeys.JOB) Job comparisonJob,
            ImportResults imports, BrochureResults brochures, ComparisonResults comparisons,
            CatalogRepository catalog, @Qualifier(SiteKeys.JOB) Job siteJob, SiteResults sites) {
        this.operator = operator;
        this.importJob = importJob;
        this.brochureJob = brochureJob;
        this.comparisonJob = comparisonJob;
        this.imports = imports;
        this.brochures = brochures;
        this.comparisons = comparisons;
        this.catalog = catalog;
        this.siteJob = siteJob;
        this.sites = sites;
    }

    public ImportResult importFiles(ImportRequest request) throws Exception {
        return imports.of(operator.start(importJob, request.toJobParameters()));
    }

    /** @throws fr.fichesmetiers.jobs.UserException exit 2 for a guide or a profile the catalog does not have */
    public BrochureResult brochures(BrochureRequest request, Messages m) throws Exception {
        CatalogVersions.requireGuide(catalog, request.guide(), m);
        CatalogVersions.requireFiches(catalog, request.only(), m);
        return brochures.of(operator.start(brochureJob, request.toJobParameters()));
    }

    /** @throws fr.fichesmetiers.jobs.UserException exit 2 for a guide the catalog does not have */
    public ComparisonResult compare(ComparisonRequest request, Messages m) throws Exception {
        CatalogVersions.requireGuide(catalog, request.guide(), m);
        return comparisons.of(operator.start(comparisonJob, request.toJobParameters()));
    }

    public SiteResult site(SiteRequest request) throws Exception {
        return sites.of(operator.start(siteJob, request.toJobParameters()));
    }
}
