package fr.fichesmetiers.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import fr.fichesmetiers.fiche.FicheHash;
import fr.fichesmetiers.support.Messages;
import fr.fichesmetiers.support.OnceReady;

/**
 * Validates each row and hashes the fields of a valid one: the costly part of an import, run on several threads
 * while the reader parses the rows that follow. Repeated ids are caught by the writer, which sees rows in order.
 * An update's row is first laid over the profile it names, a full import's row under the updates kept for it when
 * asked ({@link RowPreparation}).
 */
class FicheValidationItemProcessor implements ItemProcessor<CsvRow, ValidatedRow> {

    private final CsvItemReader<FicheColumn> reader;
    private final RowPreparation preparation;
    private final OnceReady<FicheValidator> validator;

    FicheValidationItemProcessor(CsvItemReader<FicheColumn> reader, FicheRules rules, Messages messages) {
        this(reader, rules, messages, RowPreparation.plain());
    }

    FicheValidationItemProcessor(CsvItemReader<FicheColumn> reader, FicheRules rules, Messages messages,
            RowPreparation preparation) {
        this.reader = reader;
        this.preparation = preparation;
        // The header is known once the reader is open, before the first row reaches a processing thread.
        this.validator = new OnceReady<>(() -> new FicheValidator(validatedHeader(reader, preparation, messages),
                reader.fileName(), rules, messages));
    }

    private static HeaderMapping<FicheColumn> validatedHeader(CsvItemReader<FicheColumn> reader,
            RowPreparation preparation, Messages messages) {
        if (!preparation.merges()) {
            return reader.header();
        }
        Set<FicheColumn> gaps = preparation.mode() == RowPreparation.Mode.UPDATE ? RowPreparation.FACT_GAPS
                : Arrays.stream(FicheColumn.values()).filter(reader.header()::gapAllowed).collect(Collectors.toSet());
        return RowMerge.contractHeader(reader.fileName(), messages, gaps);
    }

    @Override
    public ValidatedRow process(CsvRow row) {
        RowPreparation.Prepared prepared = preparation.prepare(reader.header(), row);
        if (prepared.problem() != null) {
            return new ValidatedRow(row.line(), null, null, null,
                    List.of(prepared.problem().at(reader.fileName(), row.line())));
        }
        ValidatedRow validated = validator.get().validate(prepared.row());
        if (validated.valid() && prepared.published() != null && validated.fiche().details().isEmpty()) {
            // What the contract has no column for yet stays as published (ONISEP's details, for instance).
            validated = new ValidatedRow(validated.line(), validated.ficheId(),
                    validated.fiche().withDetails(prepared.published().details()), null, validated.violations());
        }
        if (!validated.valid()) {
            // A rejected row is reported with its rejects only, like the warnings the validation finds.
            return validated;
        }
        // What the input did with the row's values on the way (ONISEP's old salary left out) is reported with it.
        List<Violation> notes = row.notes().stream().map(note -> note.at(reader.fileName(), row.line())).toList();
        return validated.withNotes(notes).withFieldsHash(FicheHash.fields(validated.fiche()));
    }
}
