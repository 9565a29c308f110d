package fr.fichesmetiers.importing.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;

import fr.fichesmetiers.importing.table.TableInput;
import fr.fichesmetiers.importing.table.TableRefusedException;
import fr.fichesmetiers.importing.table.TableRow;
import fr.fichesmetiers.support.Messages;

/**
 * One sheet of an .xlsx workbook as a table: its first non-blank row is the header, the rows after it the data,
 * each at its spreadsheet row number. Streamed: a row at a time, whatever the sheet's size; the shared strings (a
 * workbook's distinct texts) are read as the rows need them and kept in a temporary file ({@link SpooledStrings}).
 */
public final class XlsxTableInput implements TableInput {

    /** The sheet of profiles, when a workbook has several; else its first sheet is. */
    public static final String FICHES_SHEET = "fiches";
    public static final String FAQ_SHEET = "faq";

    private final XlsxWorkbook workbook;
    private final SpooledStrings strings;
    private final SheetRows rows;
    private final String fileName;
    private final Messages messages;
    private int width;

    private XlsxTableInput(XlsxWorkbook workbook, SpooledStrings strings, SheetRows rows, Messages messages) {
        this.workbook = workbook;
        this.strings = strings;
        this.rows = rows;
        this.fileName = workbook.fileName();
        this.messages = messages;
    }

    /**
     * Opens a sheet of a workbook.
     *
     * @param sheet the sheet's name (case aside), or {@code null} for the {@value #FICHES_SHEET} sheet, else the
     *        first one
     * @throws TableRefusedException when the file is no readable workbook or lacks the sheet
     */
    public static XlsxTableInput open(Path file, String sheet, Messages messages) throws IOException {
        XlsxWorkbook workbook = XlsxWorkbook.open(file, messages);
        SpooledStrings strings = null;
        try {
            String name = sheetToRead(workbook, sheet, messages);
            List<MergedArea> merged = MergedArea.in(workbook.sheet(name));
            strings = workbook.strings();
            SheetCells cells = new SheetCells(strings, workbook.styles(), workbook.date1904());
            return new XlsxTableInput(workbook, strings, new SheetRows(workbook.sheet(name), cells, merged), messages);
        }
        catch (IOException | XMLStreamException | RuntimeException e) {
            if (strings != null) {
                strings.close();
            }
            workbook.close();
            if (e instanceof TableRefusedException refused) {
                throw refused;
            }
            throw new TableRefusedException(messages.get("xlsx.unreadable", workbook.fileName(), e.getMessage()), e);
        }
    }

    /** Whether a workbook has a sheet of that name (case aside). */
    public static boolean hasSheet(Path file, String sheet, Messages messages) throws IOException {
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file, messages)) {
            return workbook.sheetNamed(sheet).isPresent();
        }
    }

    private static String sheetToRead(XlsxWorkbook workbook, String wanted, Messages messages) throws IOException {
        List<String> names = workbook.sheetNames();
        if (names.isEmpty()) {
            throw new TableRefusedException(messages.get("xlsx.noSheet", workbook.fileName()));
        }
        if (wanted != null) {
            return workbook.sheetNamed(wanted).orElseThrow(() -> new TableRefusedException(
                    messages.get("xlsx.sheetMissing", workbook.fileName(), wanted, String.join(", ", names))));
        }
        Optional<String> fiches = workbook.sheetNamed(FICHES_SHEET);
        return fiches.orElse(names.get(0));
    }

    @Override
    public List<String> header() {
        TableRow first = next();
        if (first == null) {
            return null;
        }
        width = first.values().size();
        return first.values();
    }

    @Override
    public TableRow next() {
        try {
            SheetRows.Row row;
            while ((row = rows.next()) != null) {
                if (row.values().stream().anyMatch(v -> !v.isBlank())) {
                    // A sheet leaves out the empty cells at the end of a row: they are still the row's fields.
                    List<String> values = new java.util.ArrayList<>(row.values());
                    while (values.size() < width) {
                        values.add("");
                    }
                    return new TableRow(row.number(), values);
                }
            }
            return null;
        }
        catch (XMLStreamException e) {
            throw new TableRefusedException(messages.get("xlsx.unreadable", fileName, e.getMessage()), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            rows.close();
        }
        finally {
            try {
                strings.close();
            }
            finally {
                workbook.close();
            }
        }
    }
}
