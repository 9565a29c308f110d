package fr.fichesmetiers.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import fr.fichesmetiers.importing.table.TableInput;
import fr.fichesmetiers.importing.table.TableRow;
import fr.fichesmetiers.support.DetectedCsvFormat;
import fr.fichesmetiers.support.Messages;

/** A CSV file as a {@link TableInput}, like the other formats: its header, then its records at their lines. */
final class CsvTableInput implements TableInput {

    private final CsvInput csv;

    private CsvTableInput(CsvInput csv) {
        this.csv = csv;
    }

    static CsvTableInput open(Path file, DetectedCsvFormat format, Messages messages) throws IOException {
        return new CsvTableInput(CsvInput.open(file, format, messages));
    }

    @Override
    public List<String> header() {
        return csv.header();
    }

    @Override
    public TableRow next() {
        CsvRow row = csv.next();
        return row == null ? null : new TableRow(row.line(), row.values());
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
