package fr.fichesmetiers.jobs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.catalog.PurgeView;
import fr.fichesmetiers.support.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code purge --keep-versions N}: the N newest catalog versions stay; what none of them needs goes. */
@Command(name = "purge", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
        description = "Supprime les anciennes versions du catalogue et l'historique dont aucune version gardée n'a besoin.")
final class PurgeCommand implements Callable<Integer> {

    @Option(names = "--keep-versions", paramLabel = "N", required = true, descriptionKey = "keep-versions",
            description = "Nombre de versions du catalogue à garder (au moins 1).")
    int keepVersions;

    @Option(names = "--dry-run", descriptionKey = "dry-run", description = "Dit ce qui serait supprimé, sans rien supprimer.")
    boolean dryRun;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    private final SpringLauncher spring;
    private final PrintWriter out;

    PurgeCommand(SpringLauncher spring, PrintWriter out) {
        this.spring = spring;
        this.out = out;
    }

    @Override
    public Integer call() {
        Messages m = language.messages();
        UsageErrors.requireAtLeast(spec, "--keep-versions", keepVersions, 1, m);
        // Under the run lock: an import running meanwhile could stage what the purge is about to remove.
        spring.lock("purge");
        spring.bean(PurgeView.class).purge(keepVersions, dryRun, m, out);
        return ExitCodes.DONE;
    }
}
