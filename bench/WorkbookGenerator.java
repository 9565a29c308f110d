import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.openxml4j.opc.ZipPackage;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Turns a generated catalog (fiches.csv + faq.csv of {@code CatalogGenerator.java}) into one workbook with the
 * sheets {@code fiches} and {@code faq}, as an office keeps it: salaries typed as numbers, texts as they are. Written
 * with POI's streaming SXSSF, a window of rows at a time, so that the generator's memory does not grow with the
 * catalog.
 *
 * <p>{@code shared} (the default) stores the texts in a shared strings table, as Excel and LibreOffice save every
 * workbook: the table is spooled to a temporary file here, never held. {@code inline} keeps SXSSF's own inline
 * strings (what few programs other than POI write).
 *
 * <p>Usage: {@code java -cp CLASSPATH bench/WorkbookGenerator.java INPUT_DIR OUTPUT_FILE [shared|inline]}
 */
public class WorkbookGenerator {

    private static final Set<String> AMOUNTS = Set.of("salaire_debutant", "salaire_experimente");

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        Path target = Path.of(args[1]);
        boolean shared = args.length < 3 || args[2].equals("shared");
        long start = System.nanoTime();
        // The package's parts (the shared strings among them) go to temporary files, not byte arrays.
        ZipPackage.setUseTempFilePackageParts(true);
        XSSFWorkbook template = shared ? new XSSFWorkbook(new SpoolingFactory()) : new XSSFWorkbook();
        SXSSFWorkbook workbook = new SXSSFWorkbook(template, 100, true, shared);
        int rows;
        try (OutputStream out = Files.newOutputStream(target)) {
            rows = copy(input.resolve("fiches.csv"), workbook.createSheet("fiches"));
            rows += copy(input.resolve("faq.csv"), workbook.createSheet("faq"));
            workbook.write(out);
        }
        finally {
            workbook.close();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "rows=%d seconds=%.1f bytes=%d strings=%s%n", rows, seconds,
                Files.size(target), shared ? "shared" : "inline");
    }

    /** Copies a CSV file of the generator (UTF-8 with BOM, ';') into the sheet; returns its data rows. */
    private static int copy(Path csv, Sheet sheet) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').get();
        int r = 0;
        List<String> header = null;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            reader.read();
            for (CSVRecord record : format.parse(reader)) {
                Row row = sheet.createRow(r++);
                if (header == null) {
                    header = record.toList();
                }
                for (int i = 0; i < record.size(); i++) {
                    String value = record.get(i);
                    String amount = r > 1 && AMOUNTS.contains(header.get(i)) ? amount(value) : null;
                    if (amount != null) {
                        row.createCell(i).setCellValue(Double.parseDouble(amount));
                    }
                    else if (!value.isEmpty()) {
                        row.createCell(i).setCellValue(value);
                    }
                }
            }
        }
        return r - 1;
    }

    /** {@code 2 150,50 €} as {@code 2150.50}, as the office would have typed the number; null if it is no amount. */
    private static String amount(String text) {
        String digits = text.replaceAll("[^0-9,.]", "").replace(',', '.');
        return digits.matches("[0-9]+([.][0-9]{1,2})?") ? digits : null;
    }

    /** Gives the workbook a shared strings table that spools its strings to a temporary file. */
    static final class SpoolingFactory extends XSSFFactory {

        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            return descriptor == XSSFRelation.SHARED_STRINGS ? new SpooledStrings() : super.newDocumentPart(descriptor);
        }
    }

    /**
     * A shared strings table written as it fills: each new string goes to a temporary file at once, and the part is
     * the file between the table's opening and closing tags. Short strings (titles, guides, levels) are shared as
     * Excel shares them; long texts, all different, are not looked up.
     */
    static final class SpooledStrings extends SharedStringsTable {

        private static final int SHARED_UP_TO = 200;
        private final Map<String, Integer> shortOnes = new HashMap<>();
        private final Path spool;
        private final Writer writer;
        private int unique;
        private int references;

        SpooledStrings() {
            try {
                spool = Files.createTempFile("sst-", ".xml");
                spool.toFile().deleteOnExit();
                writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(spool), StandardCharsets.UTF_8));
            }
            catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public int addSharedStringItem(RichTextString string) {
            String text = string.getString();
            references++;
            if (text.length() <= SHARED_UP_TO) {
                Integer known = shortOnes.get(text);
                if (known != null) {
                    return known;
                }
                shortOnes.put(text, unique);
            }
            try {
                writer.write("<si><t xml:space=\"preserve\">");
                escape(text, writer);
                writer.write("</t></si>");
            }
            catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return unique++;
        }

        @Override
        public int getCount() {
            return references;
        }

        @Override
        public int getUniqueCount() {
            return unique;
        }

        @Override
        protected void commit() throws IOException {
            try (OutputStream out = getPackagePart().getOutputStream()) {
                writeTo(out);
            }
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            writer.flush();
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + references
                    + "\" uniqueCount=\"" + unique + "\">").getBytes(StandardCharsets.UTF_8));
            Files.copy(spool, out);
            out.write("</sst>".getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() throws IOException {
            writer.close();
            Files.deleteIfExists(spool);
        }

        /** XML text, line breaks and tabs as references so that no parser folds them. */
        private static void escape(String text, Writer out) throws IOException {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> out.write("&amp;");
                    case '<' -> out.write("&lt;");
                    case '>' -> out.write("&gt;");
                    case '\n' -> out.write("&#10;");
                    case '\r' -> out.write("&#13;");
                    case '\t' -> out.write("&#9;");
                    default -> {
                        if (c >= 0x20 || Character.isSurrogate(c)) {
                            out.write(c);
                        }
                    }
                }
            }
        }
    }
}
