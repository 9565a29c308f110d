package fr.fichesmetiers.jobs.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import fr.fichesmetiers.jobs.definition.Definitions;
import fr.fichesmetiers.jobs.definition.JobDefinition;
import fr.fichesmetiers.jobs.run.DefinitionRunner;
import fr.fichesmetiers.jobs.run.RunLock;
import fr.fichesmetiers.jobs.run.StopOnRequest;
import fr.fichesmetiers.support.Messages;
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

    private final SpringLauncher spring;
    private final PrintWriter out;

    RunCommand(SpringLauncher spring, PrintWriter out) {
        this.spring = spring;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        Messages m = language.messages();
        // Checked before anything starts: a wrong definition exits 2 at once, with its file and line.
        JobDefinition loaded = Definitions.resolve(definition, m);
        // A definition of sharded brochures only runs beside the other shards (other hosts); any other, alone.
        List<String> shards = loaded.steps().stream().map(step -> step instanceof JobDefinition.BrochuresStep b
                && b.shard() != null ? "brochures " + b.shard() : "").toList();
        RunLock lock = shards.isEmpty() || shards.contains("") ? spring.lock("run " + loaded.name())
                : spring.lock("run " + loaded.name(), RunLock.Scope.shard(String.join(",", shards)));
        try (StopOnRequest.Guard stop = spring.bean(StopOnRequest.class).guard(m, out)) {
            return stop.exitCode(spring.bean(DefinitionRunner.class).run(loaded, lock, m, out).exitCode());
        }
    }
}
