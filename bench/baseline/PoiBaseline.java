import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Baseline for the workbook: POI's streaming SXSSF writes one row per profile with the same columns as the
 * product's data sheet (text, euro-formatted numbers, a formula). The profiles are read from the CSV beforehand;
 * only the workbook is timed.
 *
 * <p>Usage: {@code java -cp CLASSPATH bench/baseline/PoiBaseline.java INPUT_DIR OUTPUT_FILE}
 */
public class PoiBaseline {

    public static void main(String[] args) throws Exception {
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(Path.of(args[0], "fiches.csv"), StandardCharsets.UTF_8)) {
            reader.read();
            for (CSVRecord r : format.parse(reader)) {
                rows.add(new String[] {r.get(2), r.get(1), r.get(3), r.get(4), r.get(5), r.get(6), r.get(7),
                        r.get(8), digits(r.get(9)), digits(r.get(10))});
            }
        }
        long start = System.nanoTime();
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            CellStyle euro = workbook.createCellStyle();
            euro.setDataFormat(workbook.createDataFormat().getFormat("#,##0 \"€\""));
            Sheet sheet = workbook.createSheet("Comparaison");
            Row header = sheet.createRow(0);
            String[] names = {"Guide", "Intitulé", "Code ROME", "Code FAP", "Niveau", "Bac", "Employabilité",
                    "Mobilité", "Débutant", "Expérimenté", "Progression"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            int r = 0;
            for (String[] values : rows) {
                Row row = sheet.createRow(++r);
                for (int i = 0; i < 8; i++) {
                    row.createCell(i).setCellValue(values[i]);
                }
                row.createCell(8).setCellValue(Double.parseDouble(values[8]));
                row.getCell(8).setCellStyle(euro);
                row.createCell(9).setCellValue(Double.parseDouble(values[9]));
                row.getCell(9).setCellStyle(euro);
                row.createCell(10).setCellFormula("J" + (r + 1) + "/I" + (r + 1) + "-1");
            }
            workbook.write(out);
        }
        finally {
            workbook.dispose();
            workbook.close();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "items=%d seconds=%.2f rate=%.1f%n", rows.size(), seconds,
                rows.size() / seconds);
    }

    static String digits(String salary) {
        String text = salary.replaceAll("[^0-9,]", "");
        int comma = text.indexOf(',');
        return comma < 0 ? text : text.substring(0, comma);
    }
}
