package fr.fichesmetiers.fiche;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the bundled reference files of {@code reference/}: UTF-8, {@code ;}-separated, one header line. */
final class ReferenceFiles {

    /**
     * No quoting: the files never quote a field, and one official label holds quotation marks
     * ({@code K1815 … "Villes et Territoires Durables"}) that must stay as they are.
     */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setQuote(null)
            .setHeader().setSkipHeaderRecord(true).get();

    private ReferenceFiles() {
    }

    /** Every data row of a bundled file, by column name. */
    static List<CSVRecord> rows(String name) {
        String resource = "reference/" + name;
        try (InputStream in = ReferenceFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled reference list " + resource);
            }
            return FORMAT.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
