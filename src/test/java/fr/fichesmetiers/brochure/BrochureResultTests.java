package fr.fichesmetiers.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class BrochureResultTests {

    private static BrochureResult result(boolean completed, int rendered, int unchanged, int failed) {
        return new BrochureResult(completed, false, rendered, unchanged, failed, List.of(), List.of(), 0, 0, 0, 0,
                "out", Duration.ofSeconds(1), null);
    }

    @Test
    void exitsZeroWhenEveryBrochureWasWrittenOrUpToDate() {
        assertThat(result(true, 5, 13, 0).exitCode()).isZero();
        assertThat(result(true, 0, 18, 0).exitCode()).isZero();
    }

    @Test
    void exitsThreeWhenSomeBrochuresFailedAmongWrittenOnes() {
        assertThat(result(true, 17, 0, 1).exitCode()).isEqualTo(3);
        assertThat(result(true, 0, 17, 1).exitCode()).isEqualTo(3);
    }

    @Test
    void exitsOneWhenNoBrochureCouldBeRendered() {
        assertThat(result(true, 0, 0, 18).exitCode()).isEqualTo(1);
        assertThat(result(false, 0, 0, 0).exitCode()).isEqualTo(1);
    }
}
