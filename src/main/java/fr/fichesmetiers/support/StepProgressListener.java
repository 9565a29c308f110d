package fr.fichesmetiers.support;

import java.util.concurrent.TimeUnit;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** Shows, after each chunk, how many items a step has written and how fast: {@code Import des fiches : 1 200 (850/s)}. */
public class StepProgressListener implements ItemWriteListener<Object>, StepExecutionListener {

    private final ConsoleProgress progress;
    private Messages messages;
    private String label;
    private long started;
    private long items;

    public StepProgressListener(ConsoleProgress progress) {
        this.progress = progress;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        messages = Messages.forLanguage(stepExecution.getJobParameters().getString("lang", "fr"));
        label = messages.get("progress.step." + stepExecution.getStepName());
        started = System.nanoTime();
        items = 0;
    }

    @Override
    public void afterWrite(Chunk<?> chunk) {
        items += chunk.size();
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / (double) TimeUnit.SECONDS.toNanos(1));
        progress.show(messages.get("progress.items", label, String.valueOf(items), String.valueOf(Math.round(items / seconds))));
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        progress.clear();
        return null;
    }
}
