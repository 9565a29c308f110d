package fr.fichesmetiers.jobs;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import fr.fichesmetiers.importing.ImportResult;
import fr.fichesmetiers.importing.ImportSummaryPrinter;
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

    private final SpringContext spring;
    private final PrintWriter out;

    ImportCommand(SpringContext spring, PrintWriter out) {
        this.spring = spring;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        return run(false);
    }

    protected int run(boolean dryRun) throws Exception {
        String problem = options.problem(options.language.messages());
        if (problem != null) {
            throw new UsageErrors.Localized(spec.commandLine(), problem);
        }
        return LockedRun.run(spec.name() + " " + options.path, () -> {
            ImportResult result = new ImportLauncher(spring).launch(options, dryRun);
            new ImportSummaryPrinter(options.language.messages(), out).print(result);
            return result.exitCode();
        });
    }
}
