package fr.fichesmetiers.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class EurosTests {

    @Test
    void writesFrenchAmountsWithNoBreakSpaces() {
        assertThat(Euros.format(new BigDecimal("2000.00"), Locale.FRENCH)).isEqualTo("2\u202F000\u00A0€");
        assertThat(Euros.format(new BigDecimal("1823.03"), Locale.FRENCH)).isEqualTo("1\u202F823,03\u00A0€");
        assertThat(Euros.format(new BigDecimal("950"), Locale.FRENCH, ' ')).isEqualTo("950\u00A0€");
    }

    @Test
    void writesEnglishAmountsWithTheSignFirst() {
        assertThat(Euros.format(new BigDecimal("2000"), Locale.ENGLISH)).isEqualTo("€2,000");
    }
}
