package fr.fichesmetiers.importing;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import fr.fichesmetiers.fiche.FicheHash;
import fr.fichesmetiers.support.Messages;
import fr.fichesmetiers.support.OnceReady;

/**
 * Validates each row and hashes the fields of a valid one: the costly part of an import, run on several threads
 * while the reader parses the rows that follow. Repeated ids are caught by the writer, which sees rows in order.
 */
class FicheValidationItemProcessor implements ItemProcessor<CsvRow, ValidatedRow> {

    private final OnceReady<FicheValidator> validator;

    FicheValidationItemProcessor(CsvItemReader<FicheColumn> reader, FicheRules rules, Messages messages) {
        // The header is known once the reader is open, before the first row reaches a processing thread.
        this.validator = new OnceReady<>(
                () -> new FicheValidator(reader.header(), reader.fileName(), rules, messages));
    }

    @Override
    public ValidatedRow process(CsvRow row) {
        ValidatedRow validated = validator.get().validate(row);
        return validated.valid() ? validated.withFieldsHash(FicheHash.fields(validated.fiche())) : validated;
    }
}
