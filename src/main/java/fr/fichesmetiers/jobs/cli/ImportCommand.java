package fr.fichesmetiers.jobs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import fr.fichesmetiers.importing.ImportResult;
import fr.fichesmetiers.importing.ImportSummaryPrinter;
import fr.fichesmetiers.jobs.run.FeatureRuns;
import fr.fichesmetiers.jobs.run.StopOnRequest;
import fr.fichesmetiers.support.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code import}: validates the CSV files and publishes the valid profiles as a new catalog version. */
@Command(name = "import", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = "Importe les fiches (CSV) et publie une nouvelle version du catalogue.")
class ImportCommand implements Callable<Integer> {

    @Mixin
    ImportOptions options;

    @Spec
    CommandSpec spec;

    private final SpringLauncher spring;
    private final PrintWriter out;

    ImportCommand(SpringLauncher spring, PrintWriter out) {
        this.spring = spring;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        return run(false);
    }

    protected int run(boolean dryRun) throws Exception {
        Messages m = options.language.messages();
        String problem = options.problem(m);
        if (problem != null) {
            throw new UsageErrors.Localized(spec.commandLine(), problem);
        }
        spring.lock(spec.name() + " " + options.path);
        try (StopOnRequest.Guard stop = spring.bean(StopOnRequest.class).guard(m, out)) {
            ImportResult result = spring.bean(FeatureRuns.class).importFiles(options.request(dryRun));
            new ImportSummaryPrinter(m, out).print(result);
            return stop.exitCode(result.exitCode());
        }
    }
}
