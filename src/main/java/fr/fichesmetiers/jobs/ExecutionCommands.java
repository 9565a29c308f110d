package fr.fichesmetiers.jobs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

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

        final SpringContext spring;
        final PrintWriter out;

        OnExecution(SpringContext spring, PrintWriter out) {
            this.spring = spring;
            this.out = out;
        }

        /** The execution, or a message saying there is none with that id. */
        JobExecution execution(Messages m) {
            return find(spring, id, m);
        }
    }

    static JobExecution find(SpringContext spring, long id, Messages m) {
        JobExecution execution;
        try {
            execution = spring.bean(JobRepository.class).getJobExecution(id);
        }
        catch (org.springframework.dao.EmptyResultDataAccessException e) {
            execution = null;
        }
        if (execution == null) {
            throw new UserException(ExitCodes.USAGE, m.get("execution.unknown", String.valueOf(id)));
        }
        return execution;
    }

    /** {@code restart ID}: continues a failed or stopped run from its last committed chunk. */
    @Command(name = "restart", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = "Reprend une exécution échouée ou arrêtée là où elle s'était arrêtée.")
    static final class Restart extends OnExecution {

        Restart(SpringContext spring, PrintWriter out) {
            super(spring, out);
        }

        @Override
        public Integer call() throws Exception {
            Messages m = language.messages();
            return LockedRun.run("restart " + id, lock -> {
                JobExecution previous = execution(m);
                BatchStatus status = previous.getStatus();
                if (status == BatchStatus.STARTED || status == BatchStatus.STARTING || status == BatchStatus.STOPPING) {
                    throw new UserException(ExitCodes.FAILED, m.get("execution.stillRunning", String.valueOf(id)));
                }
                if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
                    throw new UserException(ExitCodes.FAILED, m.get("execution.notRestartable", String.valueOf(id),
                            RunTexts.status(status.name(), m)));
                }
                String definition = previous.getJobParameters().getString(DefinitionJobFactory.DEFINITION);
                if (definition != null) {
                    JobDefinition loaded = new JobDefinitionLoader(m).load(Path.of(definition));
                    return new DefinitionRunner(spring, m, out).restart(loaded, previous, lock).exitCode();
                }
                Job job = spring.bean(previous.getJobInstance().getJobName(), Job.class);
                JobExecution execution = spring.bean(JobOperator.class).start(job, previous.getJobParameters());
                out.println(m.get("execution.restarted", String.valueOf(id), String.valueOf(execution.getId()),
                        RunTexts.status(execution.getStatus().name(), m)));
                return execution.getStatus() == BatchStatus.COMPLETED ? ExitCodes.DONE : ExitCodes.FAILED;
            });
        }
    }

    /** {@code stop ID}: asks a running execution to stop at the next chunk boundary. */
    @Command(name = "stop", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = "Demande l'arrêt d'une exécution en cours (à la fin du lot en cours).")
    static final class Stop extends OnExecution {

        Stop(SpringContext spring, PrintWriter out) {
            super(spring, out);
        }

        @Override
        public Integer call() throws Exception {
            Messages m = language.messages();
            JobExecution execution = execution(m);
            if (!execution.isRunning()) {
                throw new UserException(ExitCodes.FAILED, m.get("execution.notRunning", String.valueOf(id),
                        RunTexts.status(execution.getStatus().name(), m)));
            }
            spring.bean(JobOperator.class).stop(execution);
            out.println(m.get("execution.stopping", String.valueOf(id)));
            return ExitCodes.DONE;
        }
    }

    /** {@code abandon ID}: gives up a failed or stopped execution for good. */
    @Command(name = "abandon", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = "Abandonne définitivement une exécution échouée ou arrêtée.")
    static final class Abandon extends OnExecution {

        Abandon(SpringContext spring, PrintWriter out) {
            super(spring, out);
        }

        @Override
        public Integer call() throws Exception {
            Messages m = language.messages();
            return LockedRun.run("abandon " + id, () -> {
                JobExecution execution = execution(m);
                // Batch refuses a finished run as if it were still running: say what it really is.
                if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
                    throw new UserException(ExitCodes.FAILED, m.get("execution.notAbandonable", String.valueOf(id),
                            RunTexts.status(execution.getStatus().name(), m)));
                }
                try {
                    spring.bean(JobOperator.class).abandon(execution);
                }
                catch (org.springframework.batch.core.launch.JobExecutionAlreadyRunningException e) {
                    throw new UserException(ExitCodes.FAILED, m.get("execution.stillRunning", String.valueOf(id)));
                }
                out.println(m.get("execution.abandoned", String.valueOf(id)));
                return ExitCodes.DONE;
            });
        }
    }
}
