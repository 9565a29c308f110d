package fr.fichesmetiers.jobs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.history.ExecutionControl;
import fr.fichesmetiers.jobs.run.RunLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code recover}: finds executions left running by a process that died (kill -9, power cut) and marks them
 * failed so that they can be restarted: only those whose owner is gone (see RunOwners). With the file lock it holds
 * the data directory's lock; on a shared PostgreSQL catalog only the right to recover, so that it neither waits
 * for another host's live run nor touches it.
 */
@Command(name = "recover", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Marque en échec les exécutions laissées « en cours » par un processus mort, pour les reprendre.")
final class RecoverCommand implements Callable<Integer> {

    @Mixin
    LanguageOption language;

    private final SpringLauncher spring;
    private final PrintWriter out;

    RecoverCommand(SpringLauncher spring, PrintWriter out) {
        this.spring = spring;
        this.out = out;
    }

    @Override
    public Integer call() {
        spring.lock("recover", RunLock.Scope.recovery());
        spring.bean(ExecutionControl.class).recover(language.messages(), out);
        return ExitCodes.DONE;
    }
}
