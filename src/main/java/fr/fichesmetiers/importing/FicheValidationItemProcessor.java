package fr.fichesmetiers.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;

import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.support.Messages;

/**
 * Validates each row and catches repeated ids. The ids seen so far are rebuilt from the staging area when a
 * step restarts, so a duplicate is caught across the restart too.
 */
class FicheValidationItemProcessor implements ItemProcessor<CsvRow, ValidatedRow>, ItemStream {

    private final CsvItemReader<FicheColumn> reader;
    private final ReferenceCodes codes;
    private final ImportSettings settings;
    private final Messages messages;
    private final ImportStaging staging;
    private final long instance;
    private FicheValidator validator;
    private Set<String> seenIds;

    FicheValidationItemProcessor(CsvItemReader<FicheColumn> reader, ReferenceCodes codes, ImportSettings settings,
            Messages messages, ImportStaging staging, long instance) {
        this.reader = reader;
        this.codes = codes;
        this.settings = settings;
        this.messages = messages;
        this.staging = staging;
        this.instance = instance;
    }

    @Override
    public void open(ExecutionContext context) {
        seenIds = staging.seenFicheIds(instance, reader.fileName());
    }

    @Override
    public ValidatedRow process(CsvRow row) {
        if (validator == null) {
            validator = new FicheValidator(reader.header(), reader.fileName(), codes, settings, messages);
        }
        ValidatedRow validated = validator.validate(row);
        String id = validated.ficheId();
        if (id == null || seenIds.add(id)) {
            return validated;
        }
        List<Violation> violations = new ArrayList<>(validated.violations());
        violations.add(new Violation(reader.fileName(), row.line(), reader.header().written(FicheColumn.ID), id,
                RuleCode.ID_DUPLICATE, messages.get("rule.ID_DUPLICATE", id)));
        // The first row with this id stands; this one is rejected without touching that profile.
        return new ValidatedRow(row.line(), null, null, violations);
    }
}
