package fr.fichesmetiers.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Writes the sample workbooks to {@code target/workbooks/} (French and English, in memory and streamed), the files
 * a person opens in Excel or LibreOffice to review the layout: {@code soffice --headless --convert-to pdf}.
 */
class WorkbookReviewFilesTests {

    @Test
    void writesTheSampleWorkbooksToReview() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "workbooks"));
        for (String language : new String[] {"fr", "en"}) {
            for (int threshold : new int[] {1000, 1}) {
                Path file = folder.resolve("comparaison-" + language + (threshold == 1 ? "-flux" : "") + ".xlsx");
                Files.write(file, WorkbookSamples.bytes(WorkbookSamples.professions(), language, threshold, null));
                assertThat(file).isNotEmptyFile();
            }
        }
    }
}
