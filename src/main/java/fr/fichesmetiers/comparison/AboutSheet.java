package fr.fichesmetiers.comparison;

import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.support.Messages;

/** Where the figures come from: catalog version, import date and file, counts, generation time. */
final class AboutSheet {

    private AboutSheet() {
    }

    static void write(Sheet sheet, WorkbookInfo info, int rows, WorkbookStyles styles, Messages messages) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(messages.get("format.dateTime"), messages.locale());
        CatalogVersion v = info.version();
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(messages.get("workbook.about.title"));
        title.getCell(0).setCellStyle(styles.title);
        String[][] lines = {
                {"workbook.about.version", String.valueOf(v.id())},
                {"workbook.about.importedAt", format.format(v.publishedAt())},
                {"workbook.about.source", v.sourceFile()},
                {"workbook.about.checksum", v.sourceChecksum()},
                {"workbook.about.encoding", v.sourceEncoding() + " ; « " + v.sourceDelimiter() + " »"},
                {"workbook.about.profiles", String.valueOf(v.profiles())},
                {"workbook.about.rows", String.valueOf(rows)},
                {"workbook.about.guide", info.guide() == null ? messages.get("workbook.about.allGuides") : info.guide()},
                {"workbook.about.changes", messages.get("summary.changes", String.valueOf(v.changes().added()),
                        String.valueOf(v.changes().changed()), String.valueOf(v.changes().unchanged()),
                        String.valueOf(v.changes().kept()), String.valueOf(v.changes().retired()))},
                {"workbook.about.generatedAt", format.format(info.generatedAt())},
                {"workbook.about.levels", messages.get("workbook.about.levelsNote")}};
        int r = 2;
        for (String[] line : lines) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(messages.get(line[0]));
            row.getCell(0).setCellStyle(styles.label);
            row.createCell(1).setCellValue(line[1]);
            row.getCell(1).setCellStyle(styles.wrapped);
        }
    }
}
