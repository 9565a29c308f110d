package fr.fichesmetiers.importing;

import java.math.BigDecimal;
import java.util.function.Consumer;

import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.support.Euros;
import fr.fichesmetiers.support.LongDates;
import fr.fichesmetiers.support.Messages;

/**
 * Checks the two salaries of a row against the format, the SMIC in force (named with its date in the message), the
 * maximum and each other. Either may be blank; the one given is checked all the same.
 */
final class SalaryRules {

    private final SmicTable.Entry smic;
    private final BigDecimal minimum;
    private final BigDecimal maximum;
    private final BigDecimal annualThreshold;
    private final Messages messages;

    SalaryRules(SmicTable.Entry smic, BigDecimal maximum, Messages messages) {
        this.smic = smic;
        this.minimum = smic.monthlyGross();
        this.maximum = maximum;
        this.annualThreshold = minimum.multiply(BigDecimal.valueOf(12));
        this.messages = messages;
    }

    /** A parsed salary, or {@code null} after reporting why the raw value is not one. */
    BigDecimal parse(String raw, String column, Consumer<RowProblem> problems) {
        SalaryParser.Result result = SalaryParser.parse(raw);
        if (result.failure() != null) {
            problems.accept(new RowProblem(column, raw, RuleCode.SALARY_FORMAT,
                    messages.get("rule.SALARY_FORMAT", raw, messages.get(result.failure().hintKey()))));
            return null;
        }
        return result.value();
    }

    /** Checks bounds and order of whatever could be parsed. */
    void check(BigDecimal starting, String startingColumn, String startingRaw, BigDecimal experienced,
            String experiencedColumn, String experiencedRaw, Consumer<RowProblem> problems) {
        checkMinimum(starting, startingColumn, startingRaw, problems);
        if (starting == null) {
            // Without a starting salary the experienced one is the only one compared to the SMIC.
            checkMinimum(experienced, experiencedColumn, experiencedRaw, problems);
        }
        checkMaximum(starting, startingColumn, startingRaw, problems);
        checkMaximum(experienced, experiencedColumn, experiencedRaw, problems);
        if (starting != null && experienced != null && experienced.compareTo(starting) < 0) {
            problems.accept(new RowProblem(experiencedColumn, experiencedRaw, RuleCode.SALARY_ORDER,
                    messages.get("rule.SALARY_ORDER", euros(experienced), euros(starting))));
        }
    }

    private void checkMinimum(BigDecimal value, String column, String raw, Consumer<RowProblem> problems) {
        if (value != null && value.compareTo(minimum) < 0) {
            problems.accept(new RowProblem(column, raw, RuleCode.SALARY_BELOW_MINIMUM,
                    messages.get("rule.SALARY_BELOW_MINIMUM", euros(value), euros(minimum),
                            LongDates.format(smic.from(), messages.locale()))));
        }
    }

    private void checkMaximum(BigDecimal value, String column, String raw, Consumer<RowProblem> problems) {
        if (value != null && value.compareTo(maximum) > 0) {
            // Above 12 × SMIC the amount is almost certainly annual: say so.
            String hint = value.compareTo(annualThreshold) >= 0
                    ? messages.get("salary.hint.separator") + messages.get("salary.hint.annual") : "";
            problems.accept(new RowProblem(column, raw, RuleCode.SALARY_ABOVE_MAXIMUM,
                    messages.get("rule.SALARY_ABOVE_MAXIMUM", euros(value), euros(maximum)) + hint));
        }
    }

    String euros(BigDecimal amount) {
        return Euros.format(amount, messages.locale());
    }
}
