package fr.fichesmetiers.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import fr.fichesmetiers.support.Messages;

/** Every ROME and FAP code the catalog uses, with its official label and the profiles that use it. */
final class CodesSheet {

    /** Excel refuses cells longer than 32 767 characters; long lists stop well before. */
    private static final int MAX_LIST = 30_000;

    /** Nomenclature, code, label, count, profiles: landscape A4 at a readable scale. */
    private static final int[] WIDTHS = {14, 9, 44, 10, 80};

    private final Map<String, CodeUse> rome = new TreeMap<>();
    private final Map<String, CodeUse> fap = new TreeMap<>();

    private static final class CodeUse {
        final String label;
        final List<String> titles = new ArrayList<>();

        CodeUse(String label) {
            this.label = label;
        }
    }

    void add(ComparisonRow row) {
        rome.computeIfAbsent(row.fiche().rome().code(), c -> new CodeUse(row.romeLabel())).titles
                .add(row.fiche().title());
        row.fiche().fap().ifPresent(code -> fap.computeIfAbsent(code.code(), c -> new CodeUse(row.fapLabel())).titles
                .add(row.fiche().title()));
    }

    void write(Sheet sheet, WorkbookStyles styles, Messages messages) {
        Row header = sheet.createRow(0);
        String[] keys = {"workbook.codes.nomenclature", "workbook.codes.code", "workbook.codes.label",
                "workbook.codes.count", "workbook.codes.profiles"};
        for (int i = 0; i < keys.length; i++) {
            header.createCell(i).setCellValue(messages.get(keys[i]));
            header.getCell(i).setCellStyle(styles.header);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        String separator = messages.get("workbook.codes.listSeparator");
        int r = rows(sheet, 1, "ROME v3", rome, styles, separator);
        r = rows(sheet, r, "FAP-2009", fap, styles, separator);
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, keys.length - 1));
        PrintLayout.apply(sheet, true, messages);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    private static int rows(Sheet sheet, int start, String nomenclature, Map<String, CodeUse> codes,
            WorkbookStyles styles, String separator) {
        int r = start;
        for (Map.Entry<String, CodeUse> code : codes.entrySet()) {
            Row row = sheet.createRow(r++);
            String list = list(code.getValue().titles, separator);
            row.createCell(0).setCellValue(nomenclature);
            row.createCell(1).setCellValue(code.getKey());
            row.createCell(2).setCellValue(code.getValue().label);
            row.createCell(3).setCellValue(code.getValue().titles.size());
            row.createCell(4).setCellValue(list);
            row.getCell(0).setCellStyle(styles.text);
            row.getCell(1).setCellStyle(styles.text);
            row.getCell(2).setCellStyle(styles.wrapped);
            row.getCell(3).setCellStyle(styles.centered);
            row.getCell(4).setCellStyle(styles.wrapped);
            // Wrapped labels overlap the next row unless the row is given the height they need.
            WrappedText.fit(row, Math.max(WrappedText.lines(code.getValue().label, WIDTHS[2]),
                    WrappedText.lines(list, WIDTHS[4])));
        }
        return r;
    }

    private static String list(List<String> titles, String separator) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < titles.size(); i++) {
            String next = (i == 0 ? "" : separator) + titles.get(i);
            if (text.length() + next.length() > MAX_LIST) {
                return text + " … (+" + (titles.size() - i) + ")";
            }
            text.append(next);
        }
        return text.toString();
    }
}
