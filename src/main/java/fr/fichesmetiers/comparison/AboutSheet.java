package fr.fichesmetiers.comparison;

import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.support.Messages;

/** Where the figures come from: catalog version, import date and file, counts, generation time. */
final class AboutSheet {

    private static final int LABEL_WIDTH = 34;

    private static final int VALUE_WIDTH = 70;

    private final Sheet sheet;

    private final WorkbookStyles styles;

    private final Messages messages;

    private int next = 2;

    private AboutSheet(Sheet sheet, WorkbookStyles styles, Messages messages) {
        this.sheet = sheet;
        this.styles = styles;
        this.messages = messages;
    }

    static void write(Sheet sheet, WorkbookInfo info, int rows, WorkbookStyles styles, Messages messages) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(messages.get("format.dateTime"), messages.locale());
        CatalogVersion v = info.version();
        sheet.setColumnWidth(0, LABEL_WIDTH * 256);
        sheet.setColumnWidth(1, VALUE_WIDTH * 256);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(messages.get("workbook.about.title"));
        title.getCell(0).setCellStyle(styles.title);
        AboutSheet about = new AboutSheet(sheet, styles, messages);
        // Counts are numbers, so that they can be reused in a formula; the source is named without the server's
        // folders, which mean nothing to the reader and need not be shown.
        about.number("workbook.about.version", v.id());
        about.text("workbook.about.importedAt", format.format(v.publishedAt()));
        about.text("workbook.about.source", fileName(v.sourceFile()));
        about.text("workbook.about.checksum", v.sourceChecksum());
        about.text("workbook.about.encoding",
                messages.get("workbook.about.encodingValue", v.sourceEncoding(), v.sourceDelimiter()));
        about.number("workbook.about.profiles", v.profiles());
        about.number("workbook.about.rows", rows);
        about.text("workbook.about.guide",
                info.guide() == null ? messages.get("workbook.about.allGuides") : info.guide());
        about.text("workbook.about.changes", messages.get("summary.changes", String.valueOf(v.changes().added()),
                String.valueOf(v.changes().changed()), String.valueOf(v.changes().unchanged()),
                String.valueOf(v.changes().kept()), String.valueOf(v.changes().retired())));
        about.text("workbook.about.generatedAt", format.format(info.generatedAt()));
        about.text("workbook.about.levels", messages.get("workbook.about.levelsNote"));
        // Portrait: two columns fit an A4 page width, labels and values on the same page.
        PrintLayout.apply(sheet, false, messages);
    }

    /** The last part of a path written on Windows or Unix; {@code null} stays empty. */
    static String fileName(String path) {
        if (path == null) {
            return "";
        }
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    private void text(String labelKey, String value) {
        Cell cell = label(labelKey, WrappedText.lines(value, VALUE_WIDTH));
        cell.setCellValue(value);
        cell.setCellStyle(styles.wrapped);
    }

    private void number(String labelKey, double value) {
        Cell cell = label(labelKey, 1);
        cell.setCellValue(value);
        cell.setCellStyle(styles.count);
    }

    /** Writes the label of the next line, and returns the cell for its value. */
    private Cell label(String labelKey, int valueLines) {
        Row row = sheet.createRow(next++);
        String label = messages.get(labelKey);
        row.createCell(0).setCellValue(label);
        row.getCell(0).setCellStyle(styles.label);
        WrappedText.fit(row, Math.max(valueLines, WrappedText.lines(label, LABEL_WIDTH / WrappedText.BOLD)));
        return row.createCell(1);
    }
}
