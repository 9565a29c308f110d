package fr.fichesmetiers.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.support.Messages;

class SmicCheckTests {

    private static final SmicTable TABLE = SmicTable.of(Map.of(LocalDate.of(2026, 1, 1), new BigDecimal("1823.03"),
            LocalDate.of(2026, 6, 1), new BigDecimal("1867.02")));

    @Test
    void warnsWhenTheNewestValueIsMoreThanThirteenMonthsOld() {
        Violation warning = SmicCheck.outdated(TABLE, LocalDate.of(2027, 7, 2), "fiches.csv",
                Messages.forLanguage("fr")).orElseThrow();
        assertThat(warning.rule()).isEqualTo(RuleCode.SMIC_TABLE_OUTDATED);
        assertThat(warning.level()).isEqualTo(RuleLevel.WARNING);
        assertThat(warning.column()).isEqualTo("fiches.import.smic");
        assertThat(warning.message()).startsWith("la valeur la plus récente de la table du SMIC (fiches.import.smic)"
                + " est celle du 1er juin 2026 (1\u202F867,02\u00A0€)");
    }

    @Test
    void saysNothingWithinThirteenMonthsOfTheNewestValue() {
        assertThat(SmicCheck.outdated(TABLE, LocalDate.of(2027, 7, 1), "fiches.csv", Messages.forLanguage("fr")))
                .isEmpty();
        assertThat(SmicCheck.outdated(SmicTable.bundled(), LocalDate.of(2026, 12, 2), "fiches.csv",
                Messages.forLanguage("en"))).isEmpty();
    }
}
