package fr.fichesmetiers.jobs.cli;

import java.io.PrintWriter;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.history.RunDetailsView;
import picocli.CommandLine.Command;

/** {@code show-run ID}: one execution in full: steps, counters, exit messages, reports and outputs. */
@Command(name = "show-run", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Détaille une exécution : étapes, compteurs, messages, rapports et fichiers produits.")
final class ShowRunCommand extends ExecutionCommands.OnExecution {

    ShowRunCommand(SpringLauncher spring, PrintWriter out) {
        super(spring, out);
    }

    @Override
    public Integer call() {
        spring.bean(RunDetailsView.class).print(id, language.messages(), out);
        return ExitCodes.DONE;
    }
}
