package fr.fichesmetiers.brochure;

import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import fr.fichesmetiers.fiche.FicheSummary;

/** Hands out the selected profiles in a stable order and remembers how far it got, for restarts. */
class BrochureItemReader implements ItemStreamReader<FicheSummary> {

    private static final String POSITION = "brochures.position";
    private final List<FicheSummary> selection;
    private int position;

    BrochureItemReader(List<FicheSummary> selection) {
        this.selection = selection;
    }

    @Override
    public void open(ExecutionContext context) {
        position = context.getInt(POSITION, 0);
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
