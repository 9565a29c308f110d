package fr.fichesmetiers.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalaryParserTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2000|2000", "2 000|2000", "2 000 €|2000", "2000,50|2000.50", "2 000,00 € brut|2000.00",
            "2000 EUR|2000", "2\u00A0000\u00A0€|2000", "2\u202F000\u00A0€|2000", "2000.5|2000.5",
            "  1 823,03 € brut  |1823.03", "12 500 euros|12500", "€ 2000|2000", "2 000 € brut mensuel|2000",
            "2000€|2000", "3 000 € bruts|3000"})
    void acceptsTheFormatsAdministratorsType(String raw, String expected) {
        SalaryParser.Result result = SalaryParser.parse(raw);
        assertThat(result.failure()).isNull();
        assertThat(result.value()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2000-2500|salary.hint.range", "2 000 à 2 500 €|salary.hint.range", "2k€|salary.hint.abbreviated",
            "2,5 k|salary.hint.abbreviated", "-2000|salary.hint.negative", "environ 2000|salary.hint.format",
            "2000,505|salary.hint.decimals", "2.000|salary.hint.decimals", "20 00|salary.hint.format",
            "deux mille|salary.hint.format", "2000 $|salary.hint.format"})
    void refusesWhatIsNotOneMonthlyAmountWithAHint(String raw, String hintKey) {
        SalaryParser.Result result = SalaryParser.parse(raw);
        assertThat(result.value()).isNull();
        assertThat(result.failure().hintKey()).isEqualTo(hintKey);
    }
}
