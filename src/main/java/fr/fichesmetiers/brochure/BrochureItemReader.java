package fr.fichesmetiers.brochure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.support.AtomicFiles;

/**
 * Hands out the selected profiles whose brochure must be rendered, in a stable order, and remembers how far it
 * got, for restarts. Profiles whose brochure is up to date are passed over here, and counted as filtered: a
 * nightly run where few profiles changed then costs few chunks (each chunk is a committed transaction).
 */
class BrochureItemReader implements ItemStreamReader<FicheSummary>, StepExecutionListener {

    private static final String POSITION = "brochures.position";
    private static final String UP_TO_DATE = "brochures.upToDate";
    private final List<FicheSummary> selection;
    private final java.nio.file.Path output;
    private final Predicate<FicheSummary> upToDate;
    private int position;
    private int passedOver;

    /** @param upToDate whether a profile's brochure on disk was made from its current inputs */
    BrochureItemReader(List<FicheSummary> selection, java.nio.file.Path output, Predicate<FicheSummary> upToDate) {
        this.selection = selection;
        this.output = output;
        this.upToDate = upToDate;
    }

    @Override
    public void open(ExecutionContext context) {
        position = context.getInt(POSITION, 0);
        passedOver = context.getInt(UP_TO_DATE, 0);
        try {
            // A run killed while writing leaves temporary files: they go before anything is written again.
            AtomicFiles.removeLeftovers(output);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized FicheSummary read() {
        while (position < selection.size()) {
            FicheSummary next = selection.get(position++);
            if (!upToDate.test(next)) {
                return next;
            }
            passedOver++;
        }
        return null;
    }

    @Override
    public synchronized void update(ExecutionContext context) {
        context.putInt(POSITION, position);
        context.putInt(UP_TO_DATE, passedOver);
    }

    @Override
    public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
        stepExecution.setFilterCount(stepExecution.getFilterCount() + passedOver);
        return stepExecution.getExitStatus();
    }
}
