package fr.fichesmetiers.comparison;

import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.support.Messages;

/**
 * Where the figures come from: the SMIC they are compared with and its date, the source and date of the salaries,
 * where the links point, then the catalog version, import date and file, counts and generation time.
 */
final class AboutSheet {

    /** The row (0-based) of the SMIC amount, the cell the defined name {@code SMIC} points at. */
    static final int SMIC_ROW = 2;

    private static final int LABEL_WIDTH = 34;

    private static final int VALUE_WIDTH = 70;

    private final Sheet sheet;

    private final WorkbookStyles styles;

    private final Messages messages;

    private int next = SMIC_ROW;

    private AboutSheet(Sheet sheet, WorkbookStyles styles, Messages messages) {
        this.sheet = sheet;
        this.styles = styles;
        this.messages = messages;
    }

    /** The reference of the SMIC cell, such as {@code 'À propos'!$B$3}. */
    static String smicCell(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'!$B$" + (SMIC_ROW + 1);
    }

    /** @param sources the sources and dates of the salary figures, as one sentence */
    static void write(Sheet sheet, WorkbookInfo info, int rows, SmicLine smic, String sources,
            WorkbookStyles styles, Messages messages) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(messages.get("format.dateTime"), messages.locale());
        CatalogVersion v = info.version();
        sheet.setColumnWidth(0, LABEL_WIDTH * 256);
        sheet.setColumnWidth(1, VALUE_WIDTH * 256);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(messages.get("workbook.about.title"));
        title.getCell(0).setCellStyle(styles.title);
        AboutSheet about = new AboutSheet(sheet, styles, messages);
        about.number("workbook.about.smic", smic.amount(), styles.euroLeft);
        about.text("workbook.about.smicDate", smic.label());
        about.text("workbook.about.salaries", sources);
        about.text("workbook.about.links", info.siteAddress() == null ? messages.get("workbook.about.linksRelative")
                : messages.get("workbook.about.linksAbsolute", info.siteAddress()));
        // Counts are numbers, so that they can be reused in a formula; the source is named without the server's
        // folders, which mean nothing to the reader and need not be shown.
        about.number("workbook.about.version", v.id(), styles.count);
        about.text("workbook.about.importedAt", format.format(v.publishedAt()));
        about.text("workbook.about.source", fileName(v.sourceFile()));
        about.text("workbook.about.checksum", v.sourceChecksum());
        about.text("workbook.about.encoding",
                messages.get("workbook.about.encodingValue", v.sourceEncoding(), v.sourceDelimiter()));
        about.number("workbook.about.profiles", v.profiles(), styles.count);
        about.number("workbook.about.rows", rows, styles.count);
        about.text("workbook.about.guide",
                info.guide() == null ? messages.get("workbook.about.allGuides") : info.guide());
        about.text("workbook.about.changes", messages.get("summary.changes", String.valueOf(v.changes().added()),
                String.valueOf(v.changes().changed()), String.valueOf(v.changes().unchanged()),
                String.valueOf(v.changes().kept()), String.valueOf(v.changes().retired())));
        about.text("workbook.about.generatedAt", format.format(info.generatedAt()));
        about.text("workbook.about.levels", messages.get("workbook.about.levelsNote"));
        about.text("workbook.about.filters", messages.get("workbook.about.filtersNote"));
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

    private void number(String labelKey, double value, CellStyle style) {
        Cell cell = label(labelKey, 1);
        cell.setCellValue(value);
        cell.setCellStyle(style);
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
