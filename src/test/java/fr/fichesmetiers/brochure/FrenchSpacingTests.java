package fr.fichesmetiers.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class FrenchSpacingTests {

    @Test
    void keepsAmountsAndFrenchPunctuationOnOneLine() {
        assertThat(FrenchSpacing.glue("Comptez 2 000 € brut, 12 500 EUR ou 35 % ; « bien » : oui !"))
                .isEqualTo("Comptez 2\u202F000\u00A0€ brut, 12\u202F500\u00A0EUR ou 35\u00A0%\u202F; «\u00A0bien\u00A0»\u00A0: oui\u202F!");
    }

    @Test
    void capitalisesATitleWrittenInLowerCaseForHeadings() {
        assertThat(FrenchSpacing.capitalised("aide-soignant", Locale.FRENCH)).isEqualTo("Aide-soignant");
        assertThat(FrenchSpacing.capitalised("Œnologue", Locale.FRENCH)).isEqualTo("Œnologue");
    }

    @Test
    void leavesOrdinarySpacesAndOtherNumbersAlone() {
        String text = "En 2026 il y a 3 métiers et 1 2345 codes.";
        assertThat(FrenchSpacing.glue(text)).isSameAs(text);
    }

    @Test
    void writesATitleInsideASentenceWithoutLoweringAcronyms() {
        assertThat(FrenchSpacing.inSentence("Développeur back-end", Locale.FRENCH)).isEqualTo("développeur back-end");
        assertThat(FrenchSpacing.inSentence("UX designer", Locale.FRENCH)).isEqualTo("UX designer");
        assertThat(FrenchSpacing.inSentence("Analyste SOC", Locale.FRENCH)).isEqualTo("analyste SOC");
        assertThat(FrenchSpacing.inSentence("Responsable (RSSI)", Locale.FRENCH)).isEqualTo("responsable (RSSI)");
    }
}
