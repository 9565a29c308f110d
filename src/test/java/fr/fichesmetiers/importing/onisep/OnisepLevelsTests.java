package fr.fichesmetiers.importing.onisep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OnisepLevelsTests {

    @Test
    void mapsEveryLevelOfTheJune2024Edition() {
        assertThat(OnisepLevels.of("Bac + 5")).contains("Bac+5");
        assertThat(OnisepLevels.of("CAP ou équivalent")).contains("CAP/BEP");
        assertThat(OnisepLevels.of("CAP ou équivalent + 1 an")).contains("CAP/BEP");
        assertThat(OnisepLevels.of("Bac ou équivalent")).contains("Bac");
        assertThat(OnisepLevels.of("Bac + 1")).contains("Bac");
        assertThat(OnisepLevels.of("Bac + 4")).contains("Bac+3");
        assertThat(OnisepLevels.of("Bac + 6")).contains("Bac+5");
        assertThat(OnisepLevels.of("Bac + 7")).contains("Bac+5");
        assertThat(OnisepLevels.of("Bac + 9 et plus")).contains("Bac+8");
        assertThat(OnisepLevels.of("Diplôme national du brevet")).contains("Sans diplôme");
        assertThat(OnisepLevels.of("3E")).contains("Sans diplôme");
        assertThat(OnisepLevels.of("sans diplôme")).contains("Sans diplôme");
    }

    @Test
    void givesNoneForALabelNamingNoLevel() {
        assertThat(OnisepLevels.of("autre formation")).isEmpty();
        assertThat(OnisepLevels.of(null)).isEmpty();
    }
}
