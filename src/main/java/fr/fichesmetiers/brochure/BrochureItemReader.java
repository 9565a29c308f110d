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
 * batch at a time (one query for many profiles, on the step's thread while the rendering threads work), and
 * remembers how far it got, for restarts. Profiles whose brochure is up to date are passed over here, and counted
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
    private int position;
    private int passedOver;
    /** Where a restart resumes: just after the last profile handed out, and what was passed over before it. */
    private int resumePosition;
    private int resumePassedOver;

    /** A profile read ahead, with where the selection stood when it was taken. */
    private record Pending(BrochureItem item, int nextPosition, int passedOver) {
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
            readAhead();
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

    /** Takes the next profiles that need rendering, up to a batch, and loads their content in one go. */
    private void readAhead() {
        List<FicheSummary> wanted = new ArrayList<>(batch);
        List<int[]> marks = new ArrayList<>(batch);
        while (position < selection.size() && wanted.size() < batch) {
            FicheSummary next = selection.get(position++);
            if (upToDate.test(next)) {
                passedOver++;
            }
            else {
                wanted.add(next);
                marks.add(new int[] {position, passedOver});
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        Map<String, Fiche> loaded = new HashMap<>();
        for (Fiche fiche : loader.apply(wanted.stream().map(FicheSummary::id).toList())) {
            loaded.put(fiche.id(), fiche);
        }
        for (int i = 0; i < wanted.size(); i++) {
            FicheSummary summary = wanted.get(i);
            pending.add(new Pending(new BrochureItem(summary, loaded.get(summary.id())), marks.get(i)[0],
                    marks.get(i)[1]));
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
