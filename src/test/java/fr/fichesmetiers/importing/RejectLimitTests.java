package fr.fichesmetiers.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RejectLimitTests {

    @Test
    void aPercentageIsAShareOfTheRowsRead() {
        RejectLimit limit = RejectLimit.parse("10%");
        assertThat(limit.exceededBy(10, 100)).isFalse();
        assertThat(limit.exceededBy(11, 100)).isTrue();
        assertThat(limit).hasToString("10 %");
    }

    @Test
    void aCountIsAnAbsoluteNumberOfRows() {
        RejectLimit limit = RejectLimit.parse("25");
        assertThat(limit.exceededBy(25, 30)).isFalse();
        assertThat(limit.exceededBy(26, 10_000)).isTrue();
    }

    @Test
    void zeroToleratesNoReject() {
        assertThat(RejectLimit.parse("0").exceededBy(1, 100)).isTrue();
        assertThat(RejectLimit.parse("0%").exceededBy(0, 100)).isFalse();
    }

    @Test
    void refusesWhatIsNeitherACountNorAPercentage() {
        assertThatIllegalArgumentException().isThrownBy(() -> RejectLimit.parse("dix"));
        assertThatIllegalArgumentException().isThrownBy(() -> RejectLimit.parse("150%"));
        assertThatIllegalArgumentException().isThrownBy(() -> RejectLimit.parse("-3"));
    }
}
