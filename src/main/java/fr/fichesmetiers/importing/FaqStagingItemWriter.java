package fr.fichesmetiers.importing;

import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stages valid FAQ rows and records rejected ones. */
class FaqStagingItemWriter implements ItemWriter<FaqRow> {

    private final FaqStaging faq;
    private final ImportStaging staging;
    private final long instance;

    FaqStagingItemWriter(FaqStaging faq, ImportStaging staging, long instance) {
        this.faq = faq;
        this.staging = staging;
        this.instance = instance;
    }

    @Override
    public void write(Chunk<? extends FaqRow> chunk) {
        List<FaqRow> valid = chunk.getItems().stream().filter(FaqRow::valid).map(FaqRow.class::cast).toList();
        faq.stage(instance, valid);
        staging.reject(instance, chunk.getItems().stream().flatMap(row -> row.violations().stream()).toList(),
                Map.of());
    }
}
