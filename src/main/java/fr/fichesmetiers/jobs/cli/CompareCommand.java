package fr.fichesmetiers.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import fr.fichesmetiers.comparison.ComparisonRequest;
import fr.fichesmetiers.comparison.ComparisonResult;
import fr.fichesmetiers.comparison.ComparisonResults;
import fr.fichesmetiers.jobs.run.FeatureRuns;
import fr.fichesmetiers.jobs.run.RequestTime;
import fr.fichesmetiers.jobs.run.StopOnRequest;
import fr.fichesmetiers.support.Messages;
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

    private final SpringLauncher spring;
    private final PrintWriter console;

    CompareCommand(SpringLauncher spring, PrintWriter console) {
        this.spring = spring;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        Messages m = language.messages();
        // The --guide check reads the catalog: under the lock, like the rest.
        spring.lock("compare");
        try (StopOnRequest.Guard stop = spring.bean(StopOnRequest.class).guard(m, console)) {
            ComparisonResult result = spring.bean(FeatureRuns.class).compare(new ComparisonRequest(guide, out, null,
                    language.code(), RequestTime.now()), m);
            ComparisonResults.print(result, m, console);
            return stop.exitCode(result.exitCode());
        }
    }
}
