package fr.fichesmetiers.brochure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.support.AtomicFiles;

/**
 * Hands out the selected profiles whose brochure must be rendered, in a stable order, with their content loaded a
 * batch at a time (one query for many profiles), one batch ahead on a thread of its own so that the rendering
 * threads never wait for the database, and remembers how far it got, for restarts. Profiles whose brochure is up to date are passed over here, and counted
 * as filtered: a nightly run where few profiles changed then costs few chunks.
 */
class BrochureItemReader implements ItemStreamReader<BrochureItem>, StepExecutionListener {

    private static final String POSITION = "brochures.position";
    private static final String UP_TO_DATE = "brochures.upToDate";
    private final List<FicheSummary> selection;
    private final Path output;
    private final Predicate<FicheSummary> upToDate;
    private final Function<List<String>, List<Fiche>> loader;
    private final int batch;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private ExecutorService background;
    private CompletableFuture<Batch> ahead;
    /** Where the selection stands after the batches taken so far. */
    private int position;
    private int passedOver;
    /** Where a restart resumes: just after the last profile handed out, and what was passed over before it. */
    private int resumePosition;
    private int resumePassedOver;

    /** A profile read ahead, with where the selection stood when it was taken. */
    private record Pending(BrochureItem item, int nextPosition, int passedOver) {
    }

    /** Profiles loaded together, and where the selection stands after them (no profile: the selection is done). */
    private record Batch(List<Pending> items, int endPosition, int endPassedOver) {
    }

    /**
     * @param upToDate whether a profile's brochure on disk was made from its current inputs
     * @param loader the full profiles for some ids (those it cannot find are left out)
     * @param batch how many profiles to load at once
     */
    BrochureItemReader(List<FicheSummary> selection, Path output, Predicate<FicheSummary> upToDate,
            Function<List<String>, List<Fiche>> loader, int batch) {
        this.selection = selection;
        this.output = output;
        this.upToDate = upToDate;
        this.loader = loader;
        this.batch = Math.max(1, batch);
    }

    @Override
    public void open(ExecutionContext context) {
        position = context.getInt(POSITION, 0);
        passedOver = context.getInt(UP_TO_DATE, 0);
        resumePosition = position;
        resumePassedOver = passedOver;
        background = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("brochure-loader").factory());
        try {
            // A run killed while writing leaves temporary files: they go before anything is written again.
            AtomicFiles.removeLeftovers(output);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized BrochureItem read() {
        if (pending.isEmpty()) {
            Batch batch = take(ahead != null ? ahead : load(position, passedOver));
            position = batch.endPosition();
            passedOver = batch.endPassedOver();
            pending.addAll(batch.items());
            // The next batch loads while this one renders.
            ahead = batch.items().isEmpty() ? null : load(position, passedOver);
        }
        Pending next = pending.poll();
        if (next == null) {
            resumePosition = position;
            resumePassedOver = passedOver;
            return null;
        }
        resumePosition = next.nextPosition();
        resumePassedOver = next.passedOver();
        return next.item();
    }

    private CompletableFuture<Batch> load(int from, int passed) {
        return CompletableFuture.supplyAsync(() -> batchFrom(from, passed), background);
    }

    private static Batch take(CompletableFuture<Batch> batch) {
        try {
            return batch.join();
        }
        catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The next profiles that need rendering from a position, up to a batch, their content loaded in one go. */
    private Batch batchFrom(int from, int passed) {
        int at = from;
        int skipped = passed;
        List<FicheSummary> wanted = new ArrayList<>(batch);
        List<int[]> marks = new ArrayList<>(batch);
        while (at < selection.size() && wanted.size() < batch) {
            FicheSummary next = selection.get(at++);
            if (upToDate.test(next)) {
                skipped++;
            }
            else {
                wanted.add(next);
                marks.add(new int[] {at, skipped});
            }
        }
        List<Pending> items = new ArrayList<>(wanted.size());
        if (!wanted.isEmpty()) {
            Map<String, Fiche> loaded = new HashMap<>();
            for (Fiche fiche : loader.apply(wanted.stream().map(FicheSummary::id).toList())) {
                loaded.put(fiche.id(), fiche);
            }
            for (int i = 0; i < wanted.size(); i++) {
                FicheSummary summary = wanted.get(i);
                items.add(new Pending(new BrochureItem(summary, loaded.get(summary.id())), marks.get(i)[0],
                        marks.get(i)[1]));
            }
        }
        return new Batch(items, at, skipped);
    }

    @Override
    public synchronized void close() {
        if (ahead != null) {
            ahead.cancel(false);
            ahead = null;
        }
        if (background != null) {
            background.shutdownNow();
            background = null;
        }
    }

    @Override
    public synchronized void update(ExecutionContext context) {
        context.putInt(POSITION, resumePosition);
        context.putInt(UP_TO_DATE, resumePassedOver);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        stepExecution.setFilterCount(stepExecution.getFilterCount() + resumePassedOver);
        return stepExecution.getExitStatus();
    }
}
