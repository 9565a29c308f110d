package fr.fichesmetiers.brochure;

import java.util.List;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;

import fr.fichesmetiers.brochure.BrochureFonts.Style;
import fr.fichesmetiers.fiche.FaqEntry;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.Section;
import fr.fichesmetiers.support.Messages;

/**
 * Lays one fiche out in an open document: header band, key facts, salary graphic, then the sections in the
 * seed's order (empty ones left out) and the FAQ. Each section heading gets a bookmark under {@code outline}.
 */
final class FicheComposer {

    /** Height of a heading with its rule and spacing. */
    private static final float HEADING_HEIGHT = 44;
    private static final float LEADING = 15;

    private final BrochureContext context;
    private final BrochureFonts fonts;
    private final Document document;
    private final PdfWriter writer;

    FicheComposer(BrochureContext context, BrochureFonts fonts, Document document, PdfWriter writer) {
        this.context = context;
        this.fonts = fonts;
        this.document = document;
        this.writer = writer;
    }

    /** @param outline where the sections' bookmarks go */
    void compose(Fiche fiche, PdfOutline outline, String anchor) throws Exception {
        Messages m = context.messages();
        FicheHeader header = new FicheHeader(context, fonts, writer.getDirectContent());
        document.add(header.band(fiche, anchor));
        document.add(header.facts(fiche));
        // A salary bar needs both ends: without them, the facts panel says what is known.
        if (fiche.salary().isComplete()) {
            heading(m.get("fact.salaries"), outline, anchor + "-salary-chart", HEADING_HEIGHT + 82);
            document.add(SalaryChart.draw(writer.getDirectContent(), document.right() - document.left(),
                    fiche.salary(), context, fonts));
        }
        for (Section section : Section.values()) {
            boolean hasText = fiche.sections().containsKey(section);
            boolean hasList = section == Section.QUALITIES && !fiche.qualities().isEmpty();
            if (!hasText && !hasList) {
                continue;
            }
            String first = hasText ? fiche.section(section).split("\n")[0] : fiche.qualities().get(0);
            heading(m.get(section.headingKey(), FrenchSpacing.inSentence(fiche.title(), m.locale())), outline,
                    anchor + "-" + section.name().toLowerCase(), HEADING_HEIGHT + linesNeeded(first, 3) * LEADING);
            if (hasText) {
                body(fiche.section(section));
            }
            if (hasList) {
                qualities(fiche.qualities());
            }
        }
        if (!fiche.faq().isEmpty()) {
            heading(m.get("section.faq"), outline, anchor + "-faq", HEADING_HEIGHT + questionRoom(fiche.faq().get(0)));
            for (FaqEntry entry : fiche.faq()) {
                faq(entry);
            }
        }
    }

    /** How many lines the start of a paragraph takes, up to {@code max}: what must follow its heading. */
    private int linesNeeded(String text, int max) {
        float width = fonts.font(Style.BODY).getBaseFont().getWidthPoint(text, Style.BODY.size);
        return (int) Math.min(max, Math.ceil(width / (document.right() - document.left())));
    }

    /** Starts a new page when less than {@code room} is left: keeps a heading or question with what follows. */
    private void keepRoom(float room) {
        if (writer.getVerticalPosition(true) - document.bottom() < room) {
            document.newPage();
        }
    }

    /** A section heading with a rule, moved to the next page when too little room is left under it. */
    private void heading(String text, PdfOutline outline, String name, float room) throws Exception {
        keepRoom(room);
        Phrase phrase = fonts.phrase(text, Style.HEADING);
        ((Chunk) phrase.getChunks().get(0)).setLocalDestination(name);
        Paragraph paragraph = new Paragraph(phrase);
        paragraph.setSpacingBefore(12);
        paragraph.setLeading(17);
        // Not setKeepTogether: keepRoom has made room already, and OpenPDF keeps a paragraph together by laying
        // it out in a table first, which cost 4 % of every brochure.
        document.add(paragraph);
        LineSeparator rule = new LineSeparator(0.7f, 100, context.theme().tint(0.6), Element.ALIGN_LEFT, -3);
        Paragraph ruled = fonts.paragraph();
        ruled.add(fonts.graphic(new Chunk(rule)));
        ruled.setSpacingAfter(6);
        ruled.setLeading(2);
        document.add(ruled);
        new PdfOutline(outline, PdfAction.gotoLocalPage(name, false), text, false);
    }

    private void body(String text) throws Exception {
        for (String paragraphText : text.split("\n+")) {
            Paragraph paragraph = new Paragraph(fonts.phrase(paragraphText.strip(), Style.BODY));
            paragraph.setLeading(15);
            paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
            paragraph.setSpacingAfter(5);
            document.add(paragraph);
        }
    }

    /** The qualities as a two-column list of bullets. */
    private void qualities(List<String> qualities) throws Exception {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setSpacingAfter(6);
        for (String quality : qualities) {
            table.addCell(bullet(quality));
        }
        if (qualities.size() % 2 == 1) {
            table.addCell(bullet(null));
        }
        document.add(table);
    }

    private PdfPCell bullet(String quality) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        if (quality != null) {
            Phrase phrase = fonts.phrase("", Style.BODY_BOLD);
            phrase.add(new Chunk("•  ", new org.openpdf.text.Font(fonts.boldBase(), 10, 0, context.theme().primary())));
            phrase.add(fonts.phrase(quality, Style.BODY_BOLD));
            cell.addElement(new Paragraph(phrase));
        }
        return cell;
    }

    /** A question, with at least two lines of its answer, stays together. */
    private float questionRoom(FaqEntry entry) {
        return LEADING * (1.5f + linesNeeded(entry.question(), 2) + linesNeeded(entry.answer().split("\n")[0], 2));
    }

    private void faq(FaqEntry entry) throws Exception {
        keepRoom(questionRoom(entry));
        Paragraph question = new Paragraph(fonts.phrase(entry.question(), Style.BODY_BOLD));
        question.setLeading(15);
        question.setSpacingBefore(4);
        document.add(question);
        for (String answerText : entry.answer().split("\n+")) {
            Paragraph answer = new Paragraph(fonts.phrase(answerText.strip(), Style.BODY));
            answer.setLeading(15);
            answer.setIndentationLeft(12);
            answer.setAlignment(Element.ALIGN_JUSTIFIED);
            answer.setSpacingAfter(4);
            document.add(answer);
        }
    }
}
