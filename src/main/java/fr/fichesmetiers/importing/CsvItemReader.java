package fr.fichesmetiers.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import fr.fichesmetiers.support.DetectedCsvFormat;
import fr.fichesmetiers.support.Messages;

/**
 * Reads the data rows of one input file. Saves how many rows were handed out at each commit, so that a
 * restarted step skips them instead of staging them twice.
 */
class CsvItemReader<C extends Enum<C> & CsvColumn> implements ItemStreamReader<CsvRow> {

    private final String name;
    private final Path file;
    private final DetectedCsvFormat format;
    private final Class<C> columns;
    private final Messages messages;
    private CsvInput input;
    private CsvRowsAhead rows;
    private HeaderMapping<C> header;
    private int rowsRead;

    /** @param file the file, or {@code null} when the import has none (an optional FAQ): nothing is read */
    CsvItemReader(String name, Path file, DetectedCsvFormat format, Class<C> columns, Messages messages) {
        this.name = name;
        this.file = file;
        this.format = format;
        this.columns = columns;
        this.messages = messages;
    }

    @Override
    public void open(ExecutionContext context) {
        if (file == null) {
            return;
        }
        try {
            input = CsvInput.open(file, format, messages);
            header = HeaderMapping.of(columns, input.header(), file.getFileName().toString(), messages);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows = new CsvRowsAhead(input::next, name);
        int done = context.getInt(key(), 0);
        for (int i = 0; i < done && rows.next() != null; i++) {
            // rows a failed run of this step has staged already
        }
        rowsRead = done;
    }

    @Override
    public CsvRow read() {
        if (rows == null) {
            return null;
        }
        CsvRow row = rows.next();
        if (row != null) {
            rowsRead++;
        }
        return row;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(key(), rowsRead);
    }

    @Override
    public void close() {
        try {
            if (rows != null) {
                rows.close();
            }
            if (input != null) {
                input.close();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            rows = null;
            input = null;
        }
    }

    /** The file's header mapping, known once the reader is open. */
    HeaderMapping<C> header() {
        return header;
    }

    String fileName() {
        return file == null ? "" : file.getFileName().toString();
    }

    private String key() {
        return name + ".rows";
    }
}
