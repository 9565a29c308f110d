package fr.fichesmetiers.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

class ComparisonRequestTests {

    private static final LocalDateTime REQUESTED = LocalDateTime.of(2026, 11, 30, 2, 30);

    @Test
    void convertsToParametersAndBack() {
        ComparisonRequest request = new ComparisonRequest("Numérique", ComparisonRequest.fileIn(Path.of("/srv/out")),
                Path.of("/srv/out/brochures"), "fr", REQUESTED);
        assertThat(ComparisonRequest.of(request.toJobParameters())).isEqualTo(request);
        assertThat(request.out()).isEqualTo(Path.of("/srv/out/comparison/comparaison-metiers.xlsx"));
    }

    @Test
    void readsTheEmptyStringsOfRelease01AsNotGiven() {
        ComparisonRequest old = ComparisonRequest.of(new JobParametersBuilder().addString(ComparisonKeys.GUIDE, "")
                .addString(ComparisonKeys.OUT, "").addString(ComparisonKeys.LANG, "fr")
                .addLocalDateTime(ComparisonKeys.REQUESTED_AT, REQUESTED).toJobParameters());
        assertThat(old).isEqualTo(new ComparisonRequest(null, null, null, "fr", REQUESTED));
    }
}
