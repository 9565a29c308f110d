package fr.fichesmetiers;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.importing.ImportKeys;
import fr.fichesmetiers.importing.ImportStaging;

/**
 * What the jobs' functional tests share: one configuration, so that Spring's test context cache starts the
 * application once for all of them (on one database, see {@link TestDatabaseContextCustomizerFactory}), the beans
 * they drive, and a fresh start. A class that extends it declares no Spring configuration of its own: a property,
 * a mock or a spy added there would make it a context of its own again.
 */
@SpringBootTest(properties = {"fiches.import.report-directory=target/functional-reports",
        "fiches.comparison.brochure-directory=target/functional-out/brochures"})
@SpringBatchTest
public abstract class JobFunctionalTestSupport {

    @Autowired
    protected JobOperatorTestUtils jobs;

    @Autowired
    protected JobRepositoryTestUtils jobRepository;

    @Autowired
    @Qualifier(ImportKeys.JOB)
    protected Job importJob;

    @Autowired
    protected CatalogRepository catalog;

    @Autowired
    protected JdbcTemplate jdbc;

    /** The real bean, which a test may make fail once (Mockito resets it after each test). */
    @MockitoSpyBean
    protected ImportStaging staging;

    /** No execution in the job repository, an empty catalog, and the import job as the one to launch. */
    protected void startOver() {
        jobs.setJob(importJob);
        jobRepository.removeJobExecutions();
        TestCatalogs.emptyDatabase(jdbc);
    }
}
