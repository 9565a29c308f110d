package fr.fichesmetiers.fiche;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FicheHashTests {

    @Test
    void givesEqualContentAnEqualHashAndAnyChangeAnother() {
        Fiche fiche = SampleFiches.complete();
        assertThat(FicheHash.of(fiche)).isEqualTo(FicheHash.of(SampleFiches.complete())).hasSize(64);
        assertThat(FicheHash.of(fiche.withFaq(List.of()))).isNotEqualTo(FicheHash.of(fiche));
        List<FaqEntry> reordered = List.of(fiche.faq().get(1), fiche.faq().get(0));
        assertThat(FicheHash.of(fiche.withFaq(reordered))).isNotEqualTo(FicheHash.of(fiche));
    }

    @Test
    void keepsTheBoundariesBetweenTexts() {
        assertThat(FicheHash.entry("ab", "c")).isNotEqualTo(FicheHash.entry("a", "bc"));
        assertThat(FicheHash.entry("", "x")).isNotEqualTo(FicheHash.entry(null, "x"));
    }

    @Test
    void combinesTheFieldsAndTheFaqEntriesAsAnImportDoes() {
        Fiche fiche = SampleFiches.complete();
        List<String> entries = fiche.faq().stream().map(e -> FicheHash.entry(e.question(), e.answer())).toList();
        assertThat(FicheHash.combine(FicheHash.fields(fiche), entries)).isEqualTo(FicheHash.of(fiche));
        assertThat(FicheHash.fields(fiche.withFaq(List.of()))).isEqualTo(FicheHash.fields(fiche));
    }
}
