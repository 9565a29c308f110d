package fr.fichesmetiers.jobs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.history.ExecutionControl;
import fr.fichesmetiers.jobs.run.RunLock;
import fr.fichesmetiers.jobs.run.RunRestarter;
import fr.fichesmetiers.jobs.run.StopOnRequest;
import fr.fichesmetiers.support.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code restart}, {@code stop} and {@code abandon}: what to do with an execution. */
final class ExecutionCommands {

    private ExecutionCommands() {
    }

    /** A command about one execution, named by its id. */
    abstract static class OnExecution implements Callable<Integer> {

        @Parameters(paramLabel = "ID", descriptionKey = "execution",
                description = "Numéro de l'exécution (voir « history »).")
        long id;

        @Mixin
        LanguageOption language;

        final SpringLauncher spring;
        final PrintWriter out;

        OnExecution(SpringLauncher spring, PrintWriter out) {
            this.spring = spring;
            this.out = out;
        }
    }

    /** {@code restart ID}: continues a failed or stopped run from its last committed chunk. */
    @Command(name = "restart", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = "Reprend une exécution échouée ou arrêtée là où elle s'était arrêtée.")
    static final class Restart extends OnExecution {

        Restart(SpringLauncher spring, PrintWriter out) {
            super(spring, out);
        }

        @Override
        public Integer call() throws Exception {
            RunLock lock = spring.lock("restart " + id);
            Messages m = language.messages();
            try (StopOnRequest.Guard stop = spring.bean(StopOnRequest.class).guard(m, out)) {
                return stop.exitCode(spring.bean(RunRestarter.class).restart(id, lock, m, out));
            }
        }
    }

    /** {@code stop ID}: asks a running execution to stop at the next chunk boundary (no lock: it is taken). */
    @Command(name = "stop", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = "Demande l'arrêt d'une exécution en cours (à la fin du lot en cours).")
    static final class Stop extends OnExecution {

        Stop(SpringLauncher spring, PrintWriter out) {
            super(spring, out);
        }

        @Override
        public Integer call() throws Exception {
            spring.bean(ExecutionControl.class).stop(id, language.messages(), out);
            return ExitCodes.DONE;
        }
    }

    /** {@code abandon ID}: gives up a failed or stopped execution for good. */
    @Command(name = "abandon", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = "Abandonne définitivement une exécution échouée ou arrêtée.")
    static final class Abandon extends OnExecution {

        Abandon(SpringLauncher spring, PrintWriter out) {
            super(spring, out);
        }

        @Override
        public Integer call() throws Exception {
            Messages m = language.messages();
            spring.lock("abandon " + id);
            spring.bean(ExecutionControl.class).abandon(id, m, out);
            return ExitCodes.DONE;
        }
    }
}
