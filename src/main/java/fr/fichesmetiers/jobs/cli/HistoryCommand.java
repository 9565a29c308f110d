package fr.fichesmetiers.jobs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.history.HistoryView;
import fr.fichesmetiers.support.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code history}: the runs, most recent first, with their status and counters. */
@Command(name = "history", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
        description = "Liste les exécutions, les plus récentes d'abord.")
final class HistoryCommand implements Callable<Integer> {

    @Option(names = "--job", paramLabel = "JOB", description = "Seulement ce job (nightly, ficheImportJob…).")
    String job;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Nombre d'exécutions (défaut : 20).")
    int limit;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    private final SpringLauncher spring;
    private final PrintWriter out;

    HistoryCommand(SpringLauncher spring, PrintWriter out) {
        this.spring = spring;
        this.out = out;
    }

    @Override
    public Integer call() {
        Messages m = language.messages();
        UsageErrors.requireAtLeast(spec, "--limit", limit, 1, m);
        spring.bean(HistoryView.class).print(job, limit, m, out);
        return ExitCodes.DONE;
    }
}
