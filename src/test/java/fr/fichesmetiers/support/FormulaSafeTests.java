package fr.fichesmetiers.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormulaSafeTests {

    @Test
    void prefixesWhatASpreadsheetWouldRunAsAFormula() {
        assertThat(FormulaSafe.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(FormulaSafe.neutralise("+33 1 23 45")).isEqualTo("'+33 1 23 45");
        assertThat(FormulaSafe.neutralise("-2000")).isEqualTo("'-2000");
        assertThat(FormulaSafe.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(FormulaSafe.neutralise("Développeur back-end")).isEqualTo("Développeur back-end");
        assertThat(FormulaSafe.neutralise("")).isEmpty();
        assertThat(FormulaSafe.neutralise(null)).isNull();
    }

    @Test
    void truncatesLongValuesWithAnEllipsis() {
        assertThat(FormulaSafe.truncate("x".repeat(300), 200)).hasSize(200).endsWith("…");
    }
}
