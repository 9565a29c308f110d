package fr.fichesmetiers.jobs.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.UserException;
import fr.fichesmetiers.jobs.definition.Definitions;
import fr.fichesmetiers.jobs.definition.JobDefinition;
import fr.fichesmetiers.jobs.run.Scheduler;
import fr.fichesmetiers.support.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code schedule}: stays in the foreground and runs each scheduled definition at its cron times, one run at a
 * time, each under the run lock; a failed run does not end the service.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
        description = "Reste au premier plan et exécute les définitions planifiées (clé schedule) à leurs heures.")
final class ScheduleCommand implements Callable<Integer> {

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "0",
            description = "S'arrête après N exécutions (0 : jamais), pour essayer une planification.")
    int maxRuns;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    private final SpringLauncher spring;
    private final PrintWriter out;

    ScheduleCommand(SpringLauncher spring, PrintWriter out) {
        this.spring = spring;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        Messages m = language.messages();
        UsageErrors.requireAtLeast(spec, "--max-runs", maxRuns, 0, m);
        List<JobDefinition> scheduled = Definitions.all(m).stream().filter(d -> d.schedule() != null).toList();
        if (scheduled.isEmpty()) {
            throw new UserException(ExitCodes.USAGE, m.get("schedule.none", Definitions.FOLDER.toString()));
        }
        // Spring starts now, so that logging goes to the log file from the first event on; each run takes the lock.
        return spring.bean(Scheduler.class).serve(scheduled, maxRuns, m, out);
    }
}
