package fr.fichesmetiers.jobs.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.batch.core.job.JobExecution;

import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.importing.Violation;
import fr.fichesmetiers.jobs.history.StepOutcome;
import fr.fichesmetiers.support.AtomicFiles;
import fr.fichesmetiers.support.Messages;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

/**
 * Writes {@code output/reports/run-<id>.html} for the person who checks the night's run in the morning: what is
 * published now, whether the previous catalog is still in place, every step (those that did not run too) with its
 * counts explained, the rejected rows, and links to the log, the manifest, the previous run and what was written.
 * One self-contained page (no external resource), from the JTE template {@code src/main/jte/report/report.jte},
 * which escapes every value, as the site's templates do.
 */
final class RunReportWriter {

    /**
     * What the report says besides the run's own steps.
     *
     * @param plannedSteps every step of the definition ({@code 1-import}…), so that those that did not run show
     * @param catalog the catalog in force after the run
     * @param published whether an import of this run published a new version
     * @param logFile the log, or {@code null} when logging to a file is off
     * @param rejectedFicheIds profiles whose row was rejected, so that their FAQ rows can be marked
     */
    record Facts(List<String> plannedSteps, Optional<CatalogVersion> catalog, boolean published, int exitCode,
            String host, Path logFile, Path manifest, Set<String> rejectedFicheIds) {
    }

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            RunReportWriter.class.getClassLoader(), RunReportWriter.class.getPackageName());

    Path write(Path output, JobExecution run, List<StepOutcome> steps, List<Violation> rejects, Facts facts,
            Messages m) throws IOException {
        Path reports = output.resolve("reports");
        RunReport report = new RunReports(m, reports).of(run, steps, rejects, facts);
        Utf8ByteOutput html = new Utf8ByteOutput();
        engine.render("report.jte", report, html);
        Path target = reports.resolve("run-" + run.getId() + ".html");
        AtomicFiles.write(target, html.toByteArray());
        return target;
    }
}
