package fr.fichesmetiers.jobs;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code run NAME|FILE}: a job definition's steps as one run. */
@Command(name = "run", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = "Exécute une définition de jobs/ (ex. nightly) : ses étapes en une seule exécution.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NOM|FICHIER", descriptionKey = "definition",
            description = "Nom dans jobs/ (nightly) ou fichier YAML.")
    String definition;

    @Mixin
    LanguageOption language;

    private final SpringContext spring;
    private final PrintWriter out;

    RunCommand(SpringContext spring, PrintWriter out) {
        this.spring = spring;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        JobDefinition loaded = Definitions.resolve(definition, language.messages());
        return LockedRun.run("run " + loaded.name(),
                lock -> new DefinitionRunner(spring, language.messages(), out).run(loaded, lock).exitCode());
    }
}
