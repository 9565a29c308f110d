package fr.fichesmetiers.jobs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;

import fr.fichesmetiers.comparison.ComparisonKeys;
import fr.fichesmetiers.comparison.ComparisonResult;
import fr.fichesmetiers.comparison.ComparisonResults;
import fr.fichesmetiers.fiche.CatalogRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code compare}: the Excel workbook comparing the published professions. */
@Command(name = "compare", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = "Écrit le classeur Excel de comparaison des métiers publiés.")
final class CompareCommand implements Callable<Integer> {

    @Option(names = "--guide", paramLabel = "GUIDE", description = "Seulement les fiches de ce guide.")
    String guide;

    @Option(names = "--out", paramLabel = "FICHIER",
            description = "Fichier à écrire (défaut : output/comparison/comparaison-metiers.xlsx).")
    Path out;

    @Mixin
    LanguageOption language;

    private final SpringContext spring;
    private final PrintWriter console;

    CompareCommand(SpringContext spring, PrintWriter console) {
        this.spring = spring;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        return LockedRun.run("compare", () -> {
            // Checked under the lock: the database is opened only once the data directory is ours.
            CatalogVersions.requireGuide(spring.bean(CatalogRepository.class), guide, language.messages());
            JobExecution execution = spring.bean(JobOperator.class).start(spring.bean(ComparisonKeys.JOB, Job.class),
                    parameters(guide, out, language.code()));
            ComparisonResult result = spring.bean(ComparisonResults.class).of(execution);
            ComparisonResults.print(result, language.messages(), console);
            return result.exitCode();
        });
    }

    static JobParameters parameters(String guide, Path out, String lang) {
        return new JobParametersBuilder().addString(ComparisonKeys.GUIDE, guide == null ? "" : guide)
                .addString(ComparisonKeys.OUT, out == null ? "" : out.toAbsolutePath().normalize().toString())
                .addString(ComparisonKeys.LANG, lang)
                .addLocalDateTime(ComparisonKeys.REQUESTED_AT, RequestTime.now()).toJobParameters();
    }
}
