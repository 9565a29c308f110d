package fr.fichesmetiers.importing;

import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stages valid FAQ rows and records rejected ones. */
class FaqStagingItemWriter implements ItemWriter<FaqRow> {

    private final ImportStaging staging;
    private final long instance;

    FaqStagingItemWriter(ImportStaging staging, long instance) {
        this.staging = staging;
        this.instance = instance;
    }

    @Override
    public void write(Chunk<? extends FaqRow> chunk) {
        List<FaqRow> valid = chunk.getItems().stream().filter(FaqRow::valid).map(FaqRow.class::cast).toList();
        staging.stageFaq(instance, valid);
        staging.reject(instance, chunk.getItems().stream().flatMap(row -> row.violations().stream()).toList(),
                Map.of());
    }
}
