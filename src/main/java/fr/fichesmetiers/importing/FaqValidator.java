package fr.fichesmetiers.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.fichesmetiers.fiche.FicheHash;
import fr.fichesmetiers.support.Messages;

/**
 * Checks a row of {@code faq.csv}: id, question and answer present, clean and not too long. Whether the id
 * names a profile of the file is checked once every profile is known.
 */
final class FaqValidator {

    private final HeaderMapping<FaqColumn> header;
    private final String file;
    private final int maxTextLength;
    private final Messages messages;
    private final TextRules text;

    FaqValidator(HeaderMapping<FaqColumn> header, String file, int maxTextLength, Messages messages) {
        this.header = header;
        this.file = file;
        this.maxTextLength = maxTextLength;
        this.messages = messages;
        this.text = new TextRules(messages);
    }

    FaqRow validate(CsvRow row) {
        List<RowProblem> problems = new ArrayList<>();
        if (!header.fits(row.values())) {
            problems.add(new RowProblem("", null, RuleCode.COLUMN_COUNT, messages.get("rule.COLUMN_COUNT",
                    String.valueOf(header.fieldCount(row.values())), String.valueOf(header.width()))));
            return new FaqRow(row.line(), null, null, null, null, at(row, problems));
        }
        String id = field(row, FaqColumn.ID, false, ImportSettings.MAX_ID * 4, problems);
        String question = field(row, FaqColumn.QUESTION, false, ImportSettings.MAX_QUESTION, problems);
        String answer = field(row, FaqColumn.ANSWER, true, maxTextLength, problems);
        List<Violation> violations = at(row, problems);
        return new FaqRow(row.line(), id == null ? null : id.toLowerCase(Locale.ROOT), question, answer,
                violations.isEmpty() ? FicheHash.entry(question, answer) : null, violations);
    }

    private String field(CsvRow row, FaqColumn column, boolean multiline, int maxLength, List<RowProblem> problems) {
        String raw = row.get(header.position(column));
        String value = text.clean(raw, header.written(column), multiline, maxLength, problems::add);
        if (value == null && TextRules.isBlank(raw)) {
            problems.add(new RowProblem(header.written(column), raw, RuleCode.FAQ_REQUIRED,
                    messages.get("rule.FAQ_REQUIRED")));
        }
        return value;
    }

    private List<Violation> at(CsvRow row, List<RowProblem> problems) {
        return problems.stream().map(p -> p.at(file, row.line())).toList();
    }
}
