package fr.fichesmetiers.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import fr.fichesmetiers.fiche.FaqEntry;
import fr.fichesmetiers.fiche.FicheRevision;
import fr.fichesmetiers.fiche.FicheRevisionStore;

/**
 * Writes a chunk of validated rows: valid profiles get their staged FAQ, are stored as revisions (content
 * already known is not written again) and staged; rejected rows are recorded with every rule they break.
 */
class FicheStagingItemWriter implements ItemWriter<ValidatedRow> {

    private final ImportStaging staging;
    private final FicheRevisionStore revisions;
    private final long instance;

    FicheStagingItemWriter(ImportStaging staging, FicheRevisionStore revisions, long instance) {
        this.staging = staging;
        this.revisions = revisions;
        this.instance = instance;
    }

    @Override
    public void write(Chunk<? extends ValidatedRow> chunk) {
        List<ValidatedRow> valid = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        Map<Integer, String> rejectedIds = new HashMap<>();
        for (ValidatedRow row : chunk) {
            if (row.valid()) {
                valid.add(row);
            }
            else {
                violations.addAll(row.violations());
                if (row.ficheId() != null) {
                    rejectedIds.put(row.line(), row.ficheId());
                }
            }
        }
        Map<String, List<FaqEntry>> faq = staging.faqFor(instance, valid.stream().map(ValidatedRow::ficheId).toList());
        List<FicheRevision> staged = new ArrayList<>(valid.size());
        Map<String, Integer> lines = new HashMap<>();
        for (ValidatedRow row : valid) {
            staged.add(FicheRevision.of(row.fiche().withFaq(faq.getOrDefault(row.ficheId(), List.of()))));
            lines.put(row.ficheId(), row.line());
        }
        revisions.storeMissing(staged);
        staging.stageFiches(instance, staged, lines);
        staging.reject(instance, violations, rejectedIds);
    }
}
