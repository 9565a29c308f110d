package fr.fichesmetiers.jobs;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

import fr.fichesmetiers.support.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code recover}: finds executions left running by a process that died (kill -9, power cut) and marks them
 * failed so that they can be restarted. Safe because it holds the run lock: no live process can own them.
 */
@Command(name = "recover", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Marque en échec les exécutions laissées « en cours » par un processus mort, pour les reprendre.")
final class RecoverCommand implements Callable<Integer> {

    @Mixin
    LanguageOption language;

    private final SpringContext spring;
    private final PrintWriter out;

    RecoverCommand(SpringContext spring, PrintWriter out) {
        this.spring = spring;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        Messages m = language.messages();
        return LockedRun.run("recover", () -> {
            JobRepository repository = spring.bean(JobRepository.class);
            List<JobExecution> stale = new ArrayList<>();
            for (String name : repository.getJobNames()) {
                stale.addAll(repository.findRunningJobExecutions(name));
            }
            stale.sort((a, b) -> Long.compare(a.getId(), b.getId()));
            for (JobExecution execution : stale) {
                spring.bean(JobOperator.class).recover(execution);
                out.println(m.get("recover.done", String.valueOf(execution.getId()),
                        execution.getJobInstance().getJobName()));
            }
            if (stale.isEmpty()) {
                out.println(m.get("recover.none"));
            }
            else {
                out.println(m.get("recover.next", String.valueOf(stale.get(0).getId())));
            }
            return ExitCodes.DONE;
        });
    }
}
