package fr.fichesmetiers.jobs.run;

import java.io.PrintWriter;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import fr.fichesmetiers.support.ConsoleProgress;
import fr.fichesmetiers.support.Messages;

/** On a terminal, a line as each step of a run starts and ends; nothing under cron. */
final class StepLinePrinter implements StepExecutionListener {

    private final ConsoleProgress progress;
    private final Messages messages;
    private final PrintWriter out;

    StepLinePrinter(ConsoleProgress progress, Messages messages, PrintWriter out) {
        this.progress = progress;
        this.messages = messages;
        this.out = out;
    }

    @Override
    public void beforeStep(StepExecution step) {
        if (progress.enabled()) {
            out.println(messages.get("run.stepStart", step.getStepName()));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (progress.enabled()) {
            progress.clear();
            out.println(messages.get("run.stepEnd", step.getStepName(), step.getStatus().name()));
        }
        return null;
    }
}
