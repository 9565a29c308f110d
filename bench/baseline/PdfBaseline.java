import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;

/**
 * Baseline for the brochures: raw OpenPDF writing, for every profile, an A4 document with the same content as the
 * product's brochure, laid out the plain way: header band with the ROME and FAP codes and their labels, key-facts
 * table with two four-step gauges, a salary bar with the SMIC marked, every section under a ruled heading with a
 * bookmark, the qualities in two columns, the FAQ, a footer with "page x / y" and the document metadata. Same
 * bundled fonts, read once into bytes and built once per thread. Profiles are read from the CSV beforehand; only
 * rendering and writing the files are timed.
 *
 * <p>Usage: {@code java -cp CLASSPATH bench/baseline/PdfBaseline.java INPUT_DIR OUTPUT_DIR THREADS}
 */
public class PdfBaseline {

    static final String[] SECTIONS = {"Résumé", "Le rôle", "Missions au quotidien", "Responsabilités",
            "Compétences requises", "Qualités recherchées", "Accéder au métier", "Salaire", "Évolution de carrière",
            "Avantages et inconvénients", "Devenir"};
    static final Color PRIMARY = new Color(0x1F, 0x4E, 0x79);
    static final Color TINT = new Color(0xE9, 0xED, 0xF2);
    static final Color GREY = new Color(0x6B, 0x6B, 0x6B);
    static final NumberFormat EUROS = NumberFormat.getIntegerInstance(Locale.FRANCE);
    static byte[] regular;
    static byte[] bold;
    static Map<String, String> rome;
    static Map<String, String> fap;

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        int threads = Integer.parseInt(args[2]);
        prepare();
        List<String[]> fiches = read(input.resolve("fiches.csv"));
        Map<String, List<String[]>> faq = new HashMap<>();
        for (String[] row : read(input.resolve("faq.csv"))) {
            faq.computeIfAbsent(row[0], id -> new ArrayList<>()).add(row);
        }
        ThreadLocal<Fonts> fonts = ThreadLocal.withInitial(Fonts::new);
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
        System.out.printf(Locale.ROOT, "items=%d seconds=%.2f rate=%.1f%n", fiches.size(), seconds,
                fiches.size() / seconds);
    }

    /** Reads the fonts and the code labels once, before anything is timed. */
    static void prepare() throws Exception {
        regular = Files.readAllBytes(Path.of("src/main/resources/fonts/Lato-Regular.ttf"));
        bold = Files.readAllBytes(Path.of("src/main/resources/fonts/Lato-Bold.ttf"));
        rome = labels(Path.of("src/main/resources/reference/rome-v3.csv"));
        fap = labels(Path.of("src/main/resources/reference/fap-2009.csv"));
    }

    /** The text styles, over one thread's fonts. */
    static final class Fonts {
        final BaseFont r;
        final BaseFont b;
        final Font body;
        final Font bodyBold;
        final Font heading;
        final Font title;
        final Font band;
        final Font bandSmall;
        final Font label;
        final Font value;
        final Font small;

        Fonts() {
            try {
                r = BaseFont.createFont("Lato-Regular.ttf", BaseFont.IDENTITY_H, true, false, regular, null);
                b = BaseFont.createFont("Lato-Bold.ttf", BaseFont.IDENTITY_H, true, false, bold, null);
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
            body = new Font(r, 10.5f);
            bodyBold = new Font(b, 10.5f);
            heading = new Font(b, 13.5f, Font.NORMAL, PRIMARY);
            title = new Font(b, 24, Font.NORMAL, Color.WHITE);
            band = new Font(b, 10, Font.NORMAL, Color.WHITE);
            bandSmall = new Font(r, 9.5f, Font.NORMAL, Color.WHITE);
            label = new Font(b, 7.5f, Font.NORMAL, GREY);
            value = new Font(b, 12);
            small = new Font(r, 8, Font.NORMAL, GREY);
        }
    }

    /** "page x / y" at the foot of every page, the total filled in when the document closes. */
    static final class Footer extends PdfPageEventHelper {
        final Fonts fonts;
        PdfTemplate total;

        Footer(Fonts fonts) {
            this.fonts = fonts;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 10);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.bottom() - 26;
            canvas.saveState();
            canvas.setColorStroke(GREY);
            canvas.setLineWidth(0.4f);
            canvas.moveTo(document.left(), y + 12);
            canvas.lineTo(document.right(), y + 12);
            canvas.stroke();
            canvas.beginText();
            canvas.setColorFill(GREY);
            canvas.setFontAndSize(fonts.r, 8);
            canvas.showTextAligned(Element.ALIGN_LEFT, "Fiches Métiers", document.left(), y, 0);
            canvas.showTextAligned(Element.ALIGN_CENTER, "Fiche à jour au 30 novembre 2026",
                    (document.left() + document.right()) / 2, y, 0);
            canvas.showTextAligned(Element.ALIGN_RIGHT, "page " + writer.getPageNumber() + " / ",
                    document.right() - 30, y, 0);
            canvas.endText();
            canvas.addTemplate(total, document.right() - 30, y);
            canvas.restoreState();
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setColorFill(GREY);
            total.setFontAndSize(fonts.r, 8);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }

    static byte[] render(String[] f, List<String[]> faq, Fonts fonts) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, 48, 48, 48, 62);
        PdfWriter writer = PdfWriter.getInstance(document, bytes);
        writer.setPageEvent(new Footer(fonts));
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        document.addTitle(f[1]);
        document.addSubject("Fiche métier : " + f[1] + " (guide " + f[2] + ")");
        document.addKeywords("ROME " + f[3] + ", FAP " + f[4] + ", " + f[2]);
        document.addCreator("Fiches Métiers");
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("fr-FR"));
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        PdfOutline root = writer.getRootOutline();

        PdfPTable band = new PdfPTable(1);
        band.setWidthPercentage(100);
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(PRIMARY);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(16);
        cell.addElement(new Paragraph("GUIDE DES MÉTIERS · " + f[2].toUpperCase(Locale.FRENCH), fonts.band));
        cell.addElement(new Paragraph(28, f[1], fonts.title));
        cell.addElement(new Paragraph(13, "Code ROME " + f[3] + " · " + rome.getOrDefault(f[3], ""), fonts.bandSmall));
        cell.addElement(new Paragraph(13, "Code FAP " + f[4] + " · " + fap.getOrDefault(f[4], ""), fonts.bandSmall));
        band.addCell(cell);
        band.setSpacingAfter(10);
        document.add(band);

        BigDecimal starting = amount(f[9]);
        BigDecimal experienced = amount(f[10]);
        PdfPTable facts = new PdfPTable(3);
        facts.setWidthPercentage(100);
        facts.setSpacingAfter(10);
        facts.addCell(fact("NIVEAU D'ÉTUDES", new Phrase(f[5], fonts.value), fonts));
        facts.addCell(fact("BAC CONSEILLÉ", new Phrase(f[6].isEmpty() ? "—" : f[6], fonts.value), fonts));
        facts.addCell(fact("SALAIRE DÉBUTANT", new Phrase(EUROS.format(starting) + " €", fonts.value), fonts));
        facts.addCell(fact("EMPLOYABILITÉ", gauge(canvas, f[7], fonts), fonts));
        facts.addCell(fact("MOBILITÉ", gauge(canvas, f[8], fonts), fonts));
        facts.addCell(fact("SALAIRE EXPÉRIMENTÉ", new Phrase(EUROS.format(experienced) + " €", fonts.value), fonts));
        document.add(facts);

        heading(document, root, "Salaires (brut mensuel)", "salary", fonts);
        document.add(salaryBar(canvas, document.right() - document.left(), starting, experienced, fonts));
        for (int s = 0; s < SECTIONS.length; s++) {
            heading(document, root, SECTIONS[s], "s" + s, fonts);
            String text = f[11 + s + (s > 5 ? 1 : 0)];
            for (String paragraph : text.split("\n")) {
                Paragraph p = new Paragraph(paragraph, fonts.body);
                p.setAlignment(Element.ALIGN_JUSTIFIED);
                p.setLeading(15);
                p.setSpacingAfter(5);
                document.add(p);
            }
            if (s == 5) {
                PdfPTable qualities = new PdfPTable(2);
                qualities.setWidthPercentage(100);
                String[] items = f[17].split("\\|");
                for (String quality : items) {
                    PdfPCell q = new PdfPCell(new Phrase("•  " + quality, fonts.bodyBold));
                    q.setBorder(Rectangle.NO_BORDER);
                    qualities.addCell(q);
                }
                qualities.completeRow();
                document.add(qualities);
            }
        }
        heading(document, root, "Questions fréquentes", "faq", fonts);
        for (String[] pair : faq) {
            Paragraph question = new Paragraph(15, pair[1], fonts.bodyBold);
            question.setSpacingBefore(4);
            document.add(question);
            Paragraph answer = new Paragraph(15, pair[2], fonts.body);
            answer.setIndentationLeft(12);
            answer.setAlignment(Element.ALIGN_JUSTIFIED);
            document.add(answer);
        }
        document.close();
        return bytes.toByteArray();
    }

    static PdfPCell fact(String label, Phrase value, Fonts fonts) {
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(TINT);
        cell.setBorderColor(Color.WHITE);
        cell.setBorderWidth(2.5f);
        cell.setPadding(8);
        cell.addElement(new Paragraph(label, fonts.label));
        cell.addElement(new Paragraph(value));
        return cell;
    }

    /** Four boxes, filled up to the level's step, then the level's word. */
    static Phrase gauge(PdfContentByte canvas, String level, Fonts fonts) throws Exception {
        int step = switch (level) {
            case "Faible" -> 1;
            case "Moyenne" -> 2;
            case "Élevée", "Bonne" -> 3;
            default -> 4;
        };
        PdfTemplate t = canvas.createTemplate(53, 11);
        for (int i = 0; i < 4; i++) {
            t.setColorFill(i < step ? PRIMARY : TINT);
            t.roundRectangle(i * 14, 0, 11, 11, 2);
            t.fill();
        }
        Phrase phrase = new Phrase(new Chunk(Image.getInstance(t), 0, -1));
        phrase.add(new Chunk("   " + level, fonts.value));
        return phrase;
    }

    static void heading(Document document, PdfOutline root, String text, String name, Fonts fonts)
            throws Exception {
        Chunk chunk = new Chunk(text, fonts.heading);
        chunk.setLocalDestination(name);
        Paragraph paragraph = new Paragraph(17, chunk);
        paragraph.setSpacingBefore(12);
        document.add(paragraph);
        Paragraph rule = new Paragraph(2, new Chunk(new LineSeparator(0.7f, 100, TINT, Element.ALIGN_LEFT, -3)));
        rule.setSpacingAfter(6);
        document.add(rule);
        new PdfOutline(root, PdfAction.gotoLocalPage(name, false), text, false);
    }

    /** An axis from 0 to 10 000 € with a tick every 1 000 €, the SMIC dashed, the salaries as a bar. */
    static Image salaryBar(PdfContentByte canvas, float width, BigDecimal starting, BigDecimal experienced,
            Fonts fonts) throws Exception {
        float axis = width - 24;
        PdfTemplate t = canvas.createTemplate(width, 82);
        t.setColorStroke(GREY);
        t.setLineWidth(0.6f);
        t.moveTo(0, 14);
        t.lineTo(axis, 14);
        t.stroke();
        for (int amount = 0; amount <= 10_000; amount += 1000) {
            float x = amount / 10_000f * axis;
            t.moveTo(x, 11);
            t.lineTo(x, 14);
            t.stroke();
            text(t, fonts.r, 7, EUROS.format(amount) + " €", x, 4);
        }
        float start = starting.floatValue() / 10_000f * axis;
        float end = experienced.floatValue() / 10_000f * axis;
        t.setColorFill(TINT);
        t.roundRectangle(start - 6, 20, end - start + 12, 12, 6);
        t.fill();
        t.setColorFill(PRIMARY);
        t.circle(start, 26, 6);
        t.circle(end, 26, 6);
        t.fill();
        text(t, fonts.b, 8.5f, "débutant : " + EUROS.format(starting) + " €", start, 37);
        text(t, fonts.b, 8.5f, "expérimenté : " + EUROS.format(experienced) + " €", end, 49);
        float smic = 1823.03f / 10_000f * axis;
        t.setColorStroke(Color.RED);
        t.setLineDash(2.5f, 2f, 0);
        t.moveTo(smic, 14);
        t.lineTo(smic, 70);
        t.stroke();
        t.setLineDash(0);
        text(t, fonts.b, 7.5f, "SMIC 1 823,03 €", smic, 73);
        return Image.getInstance(t);
    }

    static void text(PdfTemplate t, BaseFont font, float size, String text, float x, float y) {
        t.beginText();
        t.setFontAndSize(font, size);
        t.showTextAligned(Element.ALIGN_CENTER, text, x, y, 0);
        t.endText();
    }

    static BigDecimal amount(String raw) {
        return new BigDecimal(raw.replaceAll("[^0-9,]", "").replace(',', '.'));
    }

    static Map<String, String> labels(Path file) throws Exception {
        Map<String, String> labels = new HashMap<>();
        for (String[] row : read(file)) {
            labels.put(row[0], row[1]);
        }
        return labels;
    }

    static List<String[]> read(Path file) throws Exception {
        List<String[]> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            for (CSVRecord record : format.parse(reader)) {
                rows.add(record.values());
            }
        }
        return rows;
    }
}
