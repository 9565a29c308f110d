package fr.fichesmetiers.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

class ImportRequestTests {

    private static final LocalDateTime REQUESTED = LocalDateTime.of(2026, 11, 30, 2, 30, 0, 123_000_000);

    @Test
    void convertsToTypedParametersAndBack() {
        ImportRequest request = new ImportRequest(Path.of("/data/input"), "windows-1252", "\t", "5%", true, false,
                "en", REQUESTED, Path.of("/data/output/reports"));
        JobParameters params = request.toJobParameters();
        assertThat(params.getParameter(ImportKeys.FORCE).value()).isEqualTo(Boolean.TRUE);
        assertThat(params.getParameter(ImportKeys.DRY_RUN).type()).isEqualTo(Boolean.class);
        assertThat(ImportRequest.of(params)).isEqualTo(request);
    }

    @Test
    void leavesOutWhatWasNotAskedFor() {
        JobParameters params = new ImportRequest(Path.of("/data/input"), null, null, null, false, true, "fr",
                REQUESTED, null).toJobParameters();
        assertThat(params.getParameter(ImportKeys.ENCODING)).isNull();
        assertThat(params.getParameter(ImportKeys.MAX_REJECTS)).isNull();
        ImportRequest read = ImportRequest.of(params);
        assertThat(read.encoding()).isNull();
        assertThat(read.delimiter()).isNull();
        assertThat(read.dryRun()).isTrue();
    }

    @Test
    void readsTheStringParametersOfRelease01ForARestart() {
        JobParameters old = new JobParametersBuilder().addString(ImportKeys.INPUT, "/data/input")
                .addString(ImportKeys.ENCODING, "").addString(ImportKeys.DELIMITER, "")
                .addString(ImportKeys.MAX_REJECTS, "").addString(ImportKeys.FORCE, "true")
                .addString(ImportKeys.DRY_RUN, "false").addString(ImportKeys.LANG, "fr")
                .addLocalDateTime(ImportKeys.REQUESTED_AT, REQUESTED)
                .addString(ImportKeys.REPORT_DIRECTORY, "").toJobParameters();
        assertThat(ImportRequest.of(old)).isEqualTo(new ImportRequest(Path.of("/data/input"), null, null, null, true,
                false, "fr", REQUESTED, null));
    }
}
