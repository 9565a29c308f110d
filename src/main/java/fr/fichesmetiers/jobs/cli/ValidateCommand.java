package fr.fichesmetiers.jobs.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Command;

/** {@code validate}: the import's checks and report, publishing nothing. */
@Command(name = "validate", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = "Vérifie les fichiers comme un import, sans rien publier.")
final class ValidateCommand extends ImportCommand {

    ValidateCommand(SpringLauncher spring, PrintWriter out) {
        super(spring, out);
    }

    @Override
    public Integer call() throws Exception {
        return run(true);
    }
}
