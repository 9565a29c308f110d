package fr.fichesmetiers.jobs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;

import fr.fichesmetiers.brochure.BrochureKeys;
import fr.fichesmetiers.brochure.BrochureResult;
import fr.fichesmetiers.brochure.BrochureResults;
import fr.fichesmetiers.brochure.BrochureSummaryPrinter;
import fr.fichesmetiers.fiche.CatalogRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code brochures}: one A4 PDF per published profile and a booklet per guide. */
@Command(name = "brochures", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = "Imprime une brochure PDF par fiche publiée et un livret par guide.")
final class BrochuresCommand implements Callable<Integer> {

    @Option(names = "--guide", paramLabel = "GUIDE", description = "Seulement les fiches de ce guide.")
    String guide;

    @Option(names = "--only", paramLabel = "ID", split = ",",
            description = "Seulement ces fiches (pas de livret).")
    List<String> only;

    @Option(names = "--out", paramLabel = "DOSSIER", description = "Dossier de sortie (défaut : output/brochures).")
    Path out;

    @Option(names = "--all", description = "Rend aussi les brochures inchangées depuis la dernière fois.")
    boolean all;

    @Mixin
    LanguageOption language;

    private final SpringContext spring;
    private final PrintWriter console;

    BrochuresCommand(SpringContext spring, PrintWriter console) {
        this.spring = spring;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        return LockedRun.run("brochures", () -> {
            // Checked under the lock: the database is opened only once the data directory is ours.
            CatalogRepository catalog = spring.bean(CatalogRepository.class);
            CatalogVersions.requireGuide(catalog, guide, language.messages());
            CatalogVersions.requireFiches(catalog, only, language.messages());
            JobExecution execution = spring.bean(JobOperator.class).start(spring.bean(BrochureKeys.JOB, Job.class),
                    parameters(guide, only, out, all, true, language.code()));
            BrochureResult result = spring.bean(BrochureResults.class).of(execution);
            new BrochureSummaryPrinter(language.messages(), console).print(result);
            return result.exitCode();
        });
    }

    static JobParameters parameters(String guide, List<String> only, Path out, boolean all, boolean booklets,
            String lang) {
        return new JobParametersBuilder()
                .addString(BrochureKeys.GUIDE, guide == null ? "" : guide)
                .addString(BrochureKeys.ONLY, only == null ? "" : String.join(",", only))
                .addString(BrochureKeys.OUT, out == null ? "" : out.toAbsolutePath().normalize().toString())
                .addString(BrochureKeys.ALL, String.valueOf(all))
                .addString(BrochureKeys.BOOKLETS, String.valueOf(booklets))
                .addString(BrochureKeys.LANG, lang)
                .addLocalDateTime(BrochureKeys.REQUESTED_AT, RequestTime.now())
                .toJobParameters();
    }
}
