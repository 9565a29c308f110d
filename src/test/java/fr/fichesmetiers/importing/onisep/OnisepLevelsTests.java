package fr.fichesmetiers.importing.onisep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OnisepLevelsTests {

    private static OnisepLevels.Match same(String level) {
        return new OnisepLevels.Match(level, false);
    }

    private static OnisepLevels.Match nearest(String level) {
        return new OnisepLevels.Match(level, true);
    }

    @Test
    void mapsTheLevelsTheContractHasOntoThemselves() {
        assertThat(OnisepLevels.of("Bac + 5")).contains(same("Bac+5"));
        assertThat(OnisepLevels.of("bac+2")).contains(same("Bac+2"));
        assertThat(OnisepLevels.of("Bac + 3")).contains(same("Bac+3"));
        assertThat(OnisepLevels.of("Bac + 8")).contains(same("Bac+8"));
        assertThat(OnisepLevels.of("CAP ou équivalent")).contains(same("CAP/BEP"));
        assertThat(OnisepLevels.of("Bac ou équivalent")).contains(same("Bac"));
        assertThat(OnisepLevels.of("sans diplôme")).contains(same("Sans diplôme"));
    }

    @Test
    void mapsTheOtherLevelsOfTheJune2024EditionOntoTheNearestAndSaysSo() {
        assertThat(OnisepLevels.of("Bac + 1")).contains(nearest("Bac"));
        assertThat(OnisepLevels.of("Bac + 4")).contains(nearest("Bac+3"));
        assertThat(OnisepLevels.of("Bac + 6")).contains(nearest("Bac+5"));
        assertThat(OnisepLevels.of("Bac + 7")).contains(nearest("Bac+5"));
        assertThat(OnisepLevels.of("Bac + 9 et plus")).contains(nearest("Bac+8"));
        assertThat(OnisepLevels.of("CAP ou équivalent + 1 an")).contains(nearest("CAP/BEP"));
        assertThat(OnisepLevels.of("Diplôme national du brevet")).contains(nearest("Sans diplôme"));
        assertThat(OnisepLevels.of("3E")).contains(nearest("Sans diplôme"));
    }

    @Test
    void givesNoneForALabelNamingNoLevel() {
        assertThat(OnisepLevels.of("autre formation")).isEmpty();
        assertThat(OnisepLevels.of(null)).isEmpty();
    }
}
