package fr.fichesmetiers.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import fr.fichesmetiers.importing.table.TableInput;
import fr.fichesmetiers.importing.table.TableNote;
import fr.fichesmetiers.importing.table.TableRefusedException;
import fr.fichesmetiers.importing.table.TableRow;
import fr.fichesmetiers.support.DetectedCsvFormat;
import fr.fichesmetiers.support.Messages;

/**
 * Reads the data rows of one input file, whatever its format (CSV, a workbook's sheet, ONISEP's XML: see
 * {@link TableOpener}). Saves how many rows were handed out at each commit, so that a
 * restarted step skips them instead of staging them twice.
 */
class CsvItemReader<C extends Enum<C> & CsvColumn> implements ItemStreamReader<CsvRow> {

    private final String name;
    private final Path file;
    private final TableOpener opener;
    private final Class<C> columns;
    private final Messages messages;
    private final Set<C> gaps;
    private TableInput input;
    private CsvRowsAhead rows;
    private HeaderMapping<C> header;
    private List<String> rawHeader;
    private int rowsRead;

    /** @param file the file, or {@code null} when the import has none (an optional FAQ): nothing is read */
    CsvItemReader(String name, Path file, DetectedCsvFormat format, Class<C> columns, Messages messages) {
        this(name, file, f -> CsvTableInput.open(f, format, messages), columns, Set.of(), messages);
    }

    /**
     * @param opener opens the file in its format
     * @param gaps the required columns the format may leave out or blank (see {@link HeaderMapping})
     */
    CsvItemReader(String name, Path file, TableOpener opener, Class<C> columns, Set<C> gaps, Messages messages) {
        this.gaps = gaps;
        this.name = name;
        this.file = file;
        this.opener = opener;
        this.columns = columns;
        this.messages = messages;
    }

    @Override
    public void open(ExecutionContext context) {
        if (file == null) {
            return;
        }
        try {
            input = opener.open(file);
            rawHeader = input.header();
            header = HeaderMapping.of(columns, rawHeader, file.getFileName().toString(), messages, gaps);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (TableRefusedException e) {
            throw new ImportRefusedException(RuleCode.FILE_FORMAT, e.getMessage());
        }
        TableInput table = input;
        rows = new CsvRowsAhead(() -> row(table), name);
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

    /** The next row as the validation reads it, with what the input did with its values (reported with it). */
    private CsvRow row(TableInput table) {
        TableRow row;
        try {
            row = table.next();
        }
        catch (TableRefusedException e) {
            throw new ImportRefusedException(RuleCode.FILE_FORMAT, e.getMessage());
        }
        if (row == null) {
            return null;
        }
        List<RowProblem> notes = row.notes().stream()
                .map(note -> new RowProblem(note.column(), note.value(), rule(note.kind()), note.message())).toList();
        return new CsvRow(row.line(), row.values(), notes);
    }

    /** The rule code of what an input did: each is a warning or an information, never a reject. */
    static RuleCode rule(TableNote.Kind kind) {
        return switch (kind) {
            case SALARY_BELOW_SMIC_DROPPED -> RuleCode.SALARY_BELOW_SMIC_DROPPED;
            case LEVEL_DROPPED -> RuleCode.EDUCATION_LEVEL_DROPPED;
            case LEVEL_NEAREST -> RuleCode.EDUCATION_LEVEL_NEAREST;
        };
    }

    /** The file's header as written, known once the reader is open. */
    List<String> rawHeader() {
        return rawHeader;
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
