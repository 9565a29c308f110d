package fr.fichesmetiers.importing;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import fr.fichesmetiers.support.Messages;

/** Validates each FAQ row once the reader knows the file's header. */
class FaqValidationItemProcessor implements ItemProcessor<CsvRow, FaqRow> {

    private final CsvItemReader<FaqColumn> reader;
    private final int maxTextLength;
    private final Messages messages;
    private FaqValidator validator;

    FaqValidationItemProcessor(CsvItemReader<FaqColumn> reader, int maxTextLength, Messages messages) {
        this.reader = reader;
        this.maxTextLength = maxTextLength;
        this.messages = messages;
    }

    @Override
    public FaqRow process(CsvRow row) {
        if (validator == null) {
            validator = new FaqValidator(reader.header(), reader.fileName(), maxTextLength, messages);
        }
        return validator.validate(row);
    }
}
