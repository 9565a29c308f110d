package fr.fichesmetiers.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import fr.fichesmetiers.brochure.BrochureRequest;
import fr.fichesmetiers.brochure.BrochureResult;
import fr.fichesmetiers.brochure.BrochureSummaryPrinter;
import fr.fichesmetiers.jobs.run.FeatureRuns;
import fr.fichesmetiers.jobs.run.RequestTime;
import fr.fichesmetiers.jobs.run.StopOnRequest;
import fr.fichesmetiers.support.Messages;
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

    private final SpringLauncher spring;
    private final PrintWriter console;

    BrochuresCommand(SpringLauncher spring, PrintWriter console) {
        this.spring = spring;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        Messages m = language.messages();
        // The --guide and --only checks read the catalog: under the lock, like the rest.
        spring.lock("brochures");
        try (StopOnRequest.Guard stop = spring.bean(StopOnRequest.class).guard(m, console)) {
            BrochureResult result = spring.bean(FeatureRuns.class).brochures(new BrochureRequest(guide, only, out,
                    all, true, language.code(), RequestTime.now(), BrochureRequest.Theme.NONE), m);
            new BrochureSummaryPrinter(m, console, spring.logFile()).print(result);
            return stop.exitCode(result.exitCode());
        }
    }
}
