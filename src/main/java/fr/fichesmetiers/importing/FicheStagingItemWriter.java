package fr.fichesmetiers.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import fr.fichesmetiers.fiche.FicheHash;
import fr.fichesmetiers.fiche.FicheOverlayStore;
import fr.fichesmetiers.fiche.FicheRevision;
import fr.fichesmetiers.fiche.FicheRevisionStore;
import fr.fichesmetiers.support.Messages;

/**
 * Writes a chunk of validated rows, in file order: a repeated id is rejected (the first row with it stands); valid
 * profiles get their content hash from their fields and their staged FAQ, are stored as revisions (content already
 * known is not written again, nor its FAQ) and staged, with the warnings they carry; rejected rows are recorded
 * with every rule they break.
 */
class FicheStagingItemWriter implements ItemStreamWriter<ValidatedRow> {

    private final ImportStaging staging;
    private final FaqStaging faq;
    private final FicheRevisionStore revisions;
    private final CsvItemReader<FicheColumn> reader;
    private final Messages messages;
    private final long instance;
    private final RowPreparation preparation;
    private final FicheOverlayStore overlays;
    private final Long publishedVersion;
    private Set<String> seenIds;

    FicheStagingItemWriter(ImportStaging staging, FaqStaging faq, FicheRevisionStore revisions,
            CsvItemReader<FicheColumn> reader, Messages messages, long instance) {
        this(staging, faq, revisions, reader, messages, instance, RowPreparation.plain(), null, null);
    }

    /**
     * @param overlays where an update's cells are staged until its publication keeps them
     * @param publishedVersion the version an update changes, whose FAQ its profiles keep
     */
    FicheStagingItemWriter(ImportStaging staging, FaqStaging faq, FicheRevisionStore revisions,
            CsvItemReader<FicheColumn> reader, Messages messages, long instance, RowPreparation preparation,
            FicheOverlayStore overlays, Long publishedVersion) {
        this.preparation = preparation;
        this.overlays = overlays;
        this.publishedVersion = publishedVersion;
        this.staging = staging;
        this.faq = faq;
        this.revisions = revisions;
        this.reader = reader;
        this.messages = messages;
        this.instance = instance;
    }

    /** The ids seen so far come back from the staging area when a step restarts: a duplicate is caught across it. */
    @Override
    public void open(ExecutionContext context) {
        seenIds = staging.seenFicheIds(instance, reader.fileName());
    }

    @Override
    public void write(Chunk<? extends ValidatedRow> chunk) {
        List<ValidatedRow> valid = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        Map<Integer, String> rejectedIds = new HashMap<>();
        for (ValidatedRow row : chunk) {
            String id = row.ficheId();
            if (id != null && !seenIds.add(id)) {
                // Rejected: what a published row would only have been warned about does not concern it.
                row.violations().stream().filter(v -> v.rule().rejects()).forEach(violations::add);
                violations.add(new Violation(reader.fileName(), row.line(),
                        reader.header().written(FicheColumn.ID), id, RuleCode.ID_DUPLICATE,
                        messages.get("rule.ID_DUPLICATE", id)));
            }
            else if (row.valid()) {
                valid.add(row);
                // Its warnings and informations: recorded without the id, which only a rejected row's keeps.
                violations.addAll(row.violations());
            }
            else {
                violations.addAll(row.violations());
                if (id != null) {
                    rejectedIds.put(row.line(), id);
                }
            }
        }
        if (preparation.mode() == RowPreparation.Mode.UPDATE) {
            stageUpdate(valid);
        }
        Map<String, List<String>> entries = faq.hashes(instance, valid.stream().map(ValidatedRow::ficheId).toList());
        List<FicheRevision> staged = new ArrayList<>(valid.size());
        Map<String, Integer> lines = new HashMap<>();
        for (ValidatedRow row : valid) {
            staged.add(new FicheRevision(row.fiche(),
                    FicheHash.combine(row.fieldsHash(), entries.getOrDefault(row.ficheId(), List.of()))));
            lines.put(row.ficheId(), row.line());
        }
        faq.copy(instance, revisions.storeMissing(staged));
        staging.stageFiches(instance, staged, lines);
        staging.reject(instance, violations, rejectedIds);
    }

    /** An update's profiles keep their published FAQ, and the cells the update gave are staged to be kept. */
    private void stageUpdate(List<ValidatedRow> valid) {
        Map<String, Integer> lines = new HashMap<>();
        for (ValidatedRow row : valid) {
            lines.put(row.ficheId(), row.line());
            overlays.stage(instance, row.ficheId(), preparation.takeGiven(row.line()), reader.fileName());
        }
        if (publishedVersion != null) {
            faq.stagePublished(instance, publishedVersion, lines);
        }
    }
}
