package fr.fichesmetiers.brochure;

import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import fr.fichesmetiers.fiche.FicheSummary;

/** Hands out the selected profiles in a stable order and remembers how far it got, for restarts. */
class BrochureItemReader implements ItemStreamReader<FicheSummary> {

    private static final String POSITION = "brochures.position";
    private final List<FicheSummary> selection;
    private final java.nio.file.Path output;
    private int position;

    BrochureItemReader(List<FicheSummary> selection, java.nio.file.Path output) {
        this.selection = selection;
        this.output = output;
    }

    @Override
    public void open(ExecutionContext context) {
        position = context.getInt(POSITION, 0);
        try {
            // A run killed while writing leaves temporary files: they go before anything is written again.
            fr.fichesmetiers.support.AtomicFiles.removeLeftovers(output);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public synchronized FicheSummary read() {
        return position < selection.size() ? selection.get(position++) : null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(POSITION, position);
    }
}
