package fr.fichesmetiers.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

class BrochureRequestTests {

    private static final LocalDateTime REQUESTED = LocalDateTime.of(2026, 11, 30, 2, 30);

    @Test
    void convertsToTypedParametersAndBack() {
        BrochureRequest request = new BrochureRequest("Santé", List.of("aide-soignant", "infirmier"),
                Path.of("/srv/output/brochures"), true, false, "fr", REQUESTED,
                new BrochureRequest.Theme("CIO de Lyon", "#1F4E79", null));
        JobParameters params = request.toJobParameters();
        assertThat(params.getParameter(BrochureKeys.ALL).value()).isEqualTo(Boolean.TRUE);
        assertThat(params.getParameter(BrochureKeys.BOOKLETS).value()).isEqualTo(Boolean.FALSE);
        assertThat(params.getParameter(BrochureKeys.LOGO)).isNull();
        assertThat(BrochureRequest.of(params)).isEqualTo(request);
    }

    @Test
    void readsTheStringParametersOfRelease01ForARestart() {
        JobParameters old = new JobParametersBuilder().addString(BrochureKeys.GUIDE, "")
                .addString(BrochureKeys.ONLY, "").addString(BrochureKeys.OUT, "/srv/output/brochures")
                .addString(BrochureKeys.ALL, "false").addString(BrochureKeys.BOOKLETS, "true")
                .addString(BrochureKeys.LANG, "en").addString(BrochureKeys.ORGANISATION, "")
                .addString(BrochureKeys.PRIMARY_COLOR, "").addString(BrochureKeys.LOGO, "")
                .addLocalDateTime(BrochureKeys.REQUESTED_AT, REQUESTED).toJobParameters();
        assertThat(BrochureRequest.of(old)).isEqualTo(new BrochureRequest(null, List.of(),
                Path.of("/srv/output/brochures"), false, true, "en", REQUESTED, BrochureRequest.Theme.NONE));
    }
}
