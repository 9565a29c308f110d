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
import fr.fichesmetiers.jobs.run.RunLock;
import fr.fichesmetiers.jobs.run.StopOnRequest;
import fr.fichesmetiers.support.Messages;
import fr.fichesmetiers.support.Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    @Option(names = "--shard", paramLabel = "I/N", descriptionKey = "shard",
            description = "Seulement les guides de la tranche I sur N (0 ≤ I < N), ex. 0/4 : N machines se partagent "
                    + "les brochures de la nuit.")
    String shard;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    private final SpringLauncher spring;
    private final PrintWriter console;

    BrochuresCommand(SpringLauncher spring, PrintWriter console) {
        this.spring = spring;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        Messages m = language.messages();
        Shard slice = shard == null ? null : UsageErrors.shard(spec, shard, m);
        // The --guide and --only checks read the catalog: under the lock, like the rest. Shards run side by side.
        if (slice == null) {
            spring.lock("brochures");
        }
        else {
            spring.lock("brochures --shard " + slice, RunLock.Scope.shard("brochures " + slice));
        }
        try (StopOnRequest.Guard stop = spring.bean(StopOnRequest.class).guard(m, console)) {
            BrochureResult result = spring.bean(FeatureRuns.class).brochures(new BrochureRequest(guide, only, out,
                    all, true, language.code(), RequestTime.now(), BrochureRequest.Theme.NONE, slice), m);
            new BrochureSummaryPrinter(m, console, spring.logFile()).print(result);
            return stop.exitCode(result.exitCode());
        }
    }
}
