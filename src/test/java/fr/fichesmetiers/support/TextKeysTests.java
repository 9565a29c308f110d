package fr.fichesmetiers.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextKeysTests {

    @Test
    void matchKeysIgnoreCaseAccentsSpacesHyphensAndApostrophes() {
        assertThat(TextKeys.matchKey("Niveau d’études :")).isEqualTo("niveau_d_etudes");
        assertThat(TextKeys.matchKey("NIVEAU D'ETUDES")).isEqualTo("niveau_d_etudes");
        assertThat(TextKeys.matchKey("  Code-ROME ")).isEqualTo("code_rome");
        assertThat(TextKeys.matchKey("Avantages & inconvénients")).isEqualTo("avantages_&_inconvenients");
    }

    @Test
    void cleanNormalisesToNfcAndTrimsNoBreakSpaces() {
        assertThat(TextKeys.clean("\u00A0Re\u0301sume\u0301 ")).isEqualTo("Résumé");
    }
}
