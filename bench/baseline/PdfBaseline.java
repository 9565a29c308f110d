import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Baseline for the brochures: raw OpenPDF writing, for every profile, an A4 document with the same content as the
 * product's brochure (title band, facts table, every section, qualities, FAQ) in the same bundled fonts, read once
 * into bytes and built once per thread. Profiles are read from the CSV beforehand; only rendering and writing the
 * files are timed.
 *
 * <p>Usage: {@code java -cp CLASSPATH bench/baseline/PdfBaseline.java INPUT_DIR OUTPUT_DIR THREADS}
 */
public class PdfBaseline {

    static final String[] SECTIONS = {"Résumé", "Le rôle", "Missions au quotidien", "Responsabilités",
            "Compétences requises", "Qualités recherchées", "Accéder au métier", "Salaire", "Évolution de carrière",
            "Avantages et inconvénients", "Devenir"};
    static byte[] regular;
    static byte[] bold;

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        int threads = Integer.parseInt(args[2]);
        regular = Files.readAllBytes(Path.of("src/main/resources/fonts/Lato-Regular.ttf"));
        bold = Files.readAllBytes(Path.of("src/main/resources/fonts/Lato-Bold.ttf"));
        List<String[]> fiches = read(input.resolve("fiches.csv"));
        Map<String, List<String[]>> faq = new HashMap<>();
        for (String[] row : read(input.resolve("faq.csv"))) {
            faq.computeIfAbsent(row[0], id -> new ArrayList<>()).add(row);
        }
        ThreadLocal<Font[]> fonts = ThreadLocal.withInitial(PdfBaseline::fonts);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            work.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < fiches.size()) {
                    String[] f = fiches.get(i);
                    Files.write(out.resolve(f[0] + ".pdf"), render(f, faq.getOrDefault(f[0], List.of()), fonts.get()));
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "items=%d seconds=%.2f rate=%.1f%n", fiches.size(), seconds,
                fiches.size() / seconds);
    }

    static Font[] fonts() {
        try {
            BaseFont r = BaseFont.createFont("Lato-Regular.ttf", BaseFont.IDENTITY_H, true, false, regular, null);
            BaseFont b = BaseFont.createFont("Lato-Bold.ttf", BaseFont.IDENTITY_H, true, false, bold, null);
            return new Font[] {new Font(r, 10.5f), new Font(b, 13.5f, Font.NORMAL, new Color(0x1F, 0x4E, 0x79)),
                    new Font(b, 24, Font.NORMAL, Color.WHITE), new Font(b, 10.5f)};
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] render(String[] f, List<String[]> faq, Font[] fonts) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, 48, 48, 48, 62);
        PdfWriter.getInstance(document, bytes);
        document.addTitle(f[1]);
        document.open();
        PdfPTable band = new PdfPTable(1);
        band.setWidthPercentage(100);
        PdfPCell title = new PdfPCell(new Phrase(f[1], fonts[2]));
        title.setBackgroundColor(new Color(0x1F, 0x4E, 0x79));
        title.setPadding(16);
        band.addCell(title);
        document.add(band);
        PdfPTable facts = new PdfPTable(3);
        facts.setWidthPercentage(100);
        for (int i = 5; i <= 10; i++) {
            facts.addCell(new PdfPCell(new Phrase(f[i], fonts[3])));
        }
        document.add(facts);
        for (int s = 0; s < SECTIONS.length; s++) {
            document.add(new Paragraph(SECTIONS[s], fonts[1]));
            String text = f[11 + s + (s > 5 ? 1 : 0)];
            for (String paragraph : text.split("\n")) {
                Paragraph p = new Paragraph(paragraph, fonts[0]);
                p.setAlignment(Element.ALIGN_JUSTIFIED);
                p.setLeading(15);
                document.add(p);
            }
            if (s == 5) {
                for (String quality : f[17].split("\\|")) {
                    document.add(new Paragraph("• " + quality, fonts[3]));
                }
            }
        }
        document.add(new Paragraph("Questions fréquentes", fonts[1]));
        for (String[] pair : faq) {
            document.add(new Paragraph(pair[1], fonts[3]));
            document.add(new Paragraph(pair[2], fonts[0]));
        }
        document.close();
        return bytes.toByteArray();
    }

    static List<String[]> read(Path file) throws Exception {
        List<String[]> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.read();
            for (CSVRecord record : format.parse(reader)) {
                rows.add(record.values());
            }
        }
        return rows;
    }
}
