package fr.fichesmetiers.brochure;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.Optional;

import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;

import fr.fichesmetiers.brochure.BrochureFonts.Style;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.support.Euros;
import fr.fichesmetiers.support.Messages;

/** The top of a fiche: the coloured band (guide, title, codes) and the key-facts panel with its gauges. */
final class FicheHeader {

    /** What an unknown fact shows: the recommended bac's dash of release 0.1. */
    private static final String BLANK = "—";

    private final BrochureContext context;
    private final BrochureFonts fonts;
    private final PdfContentByte canvas;

    FicheHeader(BrochureContext context, BrochureFonts fonts, PdfContentByte canvas) {
        this.context = context;
        this.fonts = fonts;
        this.canvas = canvas;
    }

    /** @param anchor a named destination on the title, for bookmarks and the table of contents */
    PdfPTable band(Fiche fiche, String anchor) throws Exception {
        Messages m = context.messages();
        BrochureTheme theme = context.theme();
        PdfPTable table = new PdfPTable(theme.logoPng() == null ? 1 : 2);
        table.setWidthPercentage(100);
        if (theme.logoPng() != null) {
            table.setWidths(new float[] {5, 1});
        }
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(theme.primary());
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(16);
        cell.setPaddingBottom(18);
        Paragraph guide = new Paragraph(fonts.white(m.get("brochure.guide", fiche.guide()).toUpperCase(m.locale()),
                Style.BAND_GUIDE));
        cell.addElement(guide);
        Phrase titleText = fonts.white(fiche.title(), Style.TITLE);
        ((Chunk) titleText.getChunks().get(0)).setLocalDestination(anchor);
        Paragraph title = new Paragraph(titleText);
        title.setLeading(28);
        title.setSpacingBefore(4);
        cell.addElement(title);
        Paragraph rome = new Paragraph(fonts.white(m.get("brochure.rome", fiche.rome().code(),
                context.codes().romeLabel(fiche.rome(), fiche.romeVersion()).orElse("")), Style.BAND_SMALL));
        rome.setSpacingBefore(8);
        rome.setLeading(13);
        cell.addElement(rome);
        if (fiche.fap().isPresent()) {
            Paragraph fap = new Paragraph(fonts.white(m.get("brochure.fap", fiche.fap().get().code(),
                    context.codes().fapLabel(fiche.fap().get()).orElse("")), Style.BAND_SMALL));
            fap.setLeading(13);
            cell.addElement(fap);
        }
        table.addCell(cell);
        if (theme.logoPng() != null) {
            PdfPCell logo = new PdfPCell(Image.getInstance(theme.logoPng()), true);
            logo.setBackgroundColor(theme.primary());
            logo.setBorder(Rectangle.NO_BORDER);
            logo.setPadding(12);
            logo.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(logo);
        }
        table.setSpacingAfter(10);
        return table;
    }

    PdfPTable facts(Fiche fiche) throws Exception {
        Messages m = context.messages();
        PdfPTable table = new PdfPTable(3);
        table.setWidthPercentage(100);
        table.setSpacingAfter(10);
        // An unknown fact shows a dash (no empty gauge, no zero) until the brochure says "non renseigné".
        table.addCell(fact(m.get("fact.educationLevel"), text(fiche.educationLevel()
                .map(level -> m.get(level.messageKey())).orElse(BLANK))));
        table.addCell(fact(m.get("fact.recommendedBac"), text(fiche.recommendedBac().orElse(BLANK))));
        table.addCell(fact(m.get("fact.startingSalary"), salary(fiche.salary().starting())));
        table.addCell(fact(m.get("fact.employability"), fiche.employability().isEmpty() ? text(BLANK)
                : gauge(fiche.employability().get().step(), m.get(fiche.employability().get().messageKey()))));
        table.addCell(fact(m.get("fact.mobility"), fiche.mobility().isEmpty() ? text(BLANK)
                : gauge(fiche.mobility().get().step(), m.get(fiche.mobility().get().messageKey()))));
        table.addCell(fact(m.get("fact.experiencedSalary"), salary(fiche.salary().experienced())));
        return table;
    }

    private PdfPCell fact(String label, Phrase value) {
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(context.theme().tint(0.92));
        cell.setBorderColor(Color.WHITE);
        cell.setBorderWidth(2.5f);
        cell.setPadding(8);
        cell.setPaddingTop(6);
        cell.addElement(new Paragraph(fonts.phrase(label.toUpperCase(context.messages().locale()), Style.LABEL)));
        Paragraph paragraph = new Paragraph(value);
        paragraph.setSpacingBefore(2);
        cell.addElement(paragraph);
        return cell;
    }

    private Phrase text(String value) {
        return fonts.phrase(value, Style.VALUE);
    }

    private Phrase salary(Optional<BigDecimal> known) {
        if (known.isEmpty()) {
            return text(BLANK);
        }
        BigDecimal amount = known.get();
        Phrase phrase = fonts.phrase(Euros.format(amount, context.messages().locale()), Style.VALUE);
        phrase.add(fonts.phrase("  " + context.messages().get("fact.perMonth"), Style.SMALL));
        return phrase;
    }

    /** A labelled four-step gauge: filled boxes up to the step, then the word. */
    private Phrase gauge(int step, String label) throws Exception {
        float box = 11;
        float gap = 3;
        PdfTemplate t = canvas.createTemplate(4 * box + 3 * gap, box);
        for (int i = 0; i < 4; i++) {
            t.setColorFill(i < step ? context.theme().primary() : context.theme().tint(0.78));
            t.roundRectangle(i * (box + gap), 0, box, box, 2);
            t.fill();
        }
        Phrase phrase = fonts.phrase("", Style.VALUE);
        phrase.add(fonts.graphic(new Chunk(Image.getInstance(t), 0, -1)));
        phrase.add(fonts.phrase("   " + label, Style.VALUE));
        return phrase;
    }
}
