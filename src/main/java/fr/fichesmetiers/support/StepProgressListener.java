package fr.fichesmetiers.support;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Shows, after each chunk, how many items a step has written and how fast: {@code Import des fiches : 1 200 (850/s)};
 * and logs a line once each chunk is committed, which is when a restart would resume after it.
 */
public class StepProgressListener implements ItemWriteListener<Object>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepProgressListener.class);
    private final ConsoleProgress progress;
    private Messages messages;
    private String label;
    private long started;
    private long items;
    private StepExecution step;
    private int chunks;

    public StepProgressListener(ConsoleProgress progress) {
        this.progress = progress;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        messages = Messages.forLanguage(stepExecution.getJobParameters().getString("lang", "fr"));
        label = messages.get("progress.step." + stepExecution.getStepName());
        started = System.nanoTime();
        items = 0;
        step = stepExecution;
        chunks = 0;
    }

    @Override
    public void afterWrite(Chunk<?> chunk) {
        items += chunk.size();
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / (double) TimeUnit.SECONDS.toNanos(1));
        progress.show(messages.get("progress.items", label, String.valueOf(items), String.valueOf(Math.round(items / seconds))));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            StepExecution current = step;
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    log.info("event=chunk.committed job={} execution={} step={} chunk={} read={} written={}",
                            current.getJobExecution().getJobInstance().getJobName(), current.getJobExecutionId(),
                            current.getStepName(), ++chunks, current.getReadCount(), current.getWriteCount());
                }
            });
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        progress.clear();
        return null;
    }
}
