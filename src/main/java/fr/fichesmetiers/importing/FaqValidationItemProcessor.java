package fr.fichesmetiers.importing;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import fr.fichesmetiers.support.Messages;
import fr.fichesmetiers.support.OnceReady;

/** Validates each FAQ row once the reader knows the file's header; runs on several threads. */
class FaqValidationItemProcessor implements ItemProcessor<CsvRow, FaqRow> {

    private final OnceReady<FaqValidator> validator;

    FaqValidationItemProcessor(CsvItemReader<FaqColumn> reader, int maxTextLength, Messages messages) {
        this.validator = new OnceReady<>(
                () -> new FaqValidator(reader.header(), reader.fileName(), maxTextLength, messages));
    }

    @Override
    public FaqRow process(CsvRow row) {
        return validator.get().validate(row);
    }
}
