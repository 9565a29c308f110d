package fr.fichesmetiers.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks built from the CSV fixtures, as an office would save them from Excel. */
final class TestWorkbooks {

    private TestWorkbooks() {
    }

    static List<CSVRecord> records(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(reader).getRecords();
        }
    }

    /** Adds a sheet holding a CSV file's cells, every one as text. */
    static Sheet sheetOf(XSSFWorkbook workbook, String name, Path csv) throws IOException {
        Sheet sheet = workbook.createSheet(name);
        List<CSVRecord> records = records(csv);
        for (int r = 0; r < records.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < records.get(r).size(); c++) {
                String value = records.get(r).get(c);
                if (!value.isEmpty()) {
                    row.createCell(c).setCellValue(value);
                }
            }
        }
        return sheet;
    }

    /** Writes a workbook, formulas evaluated first so that each has its cached value, as Excel saves it. */
    static Path write(XSSFWorkbook workbook, Path file) throws IOException {
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }
}
