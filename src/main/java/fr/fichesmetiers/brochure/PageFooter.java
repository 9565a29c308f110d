package fr.fichesmetiers.brochure;

import java.util.HashSet;
import java.util.Set;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import fr.fichesmetiers.support.Messages;

/**
 * The footer of the pages: organisation, a line of its own ({@code middle}: the publication date, or the
 * booklet's title) and "page x / y", the document's own numbering. A pagination artifact: screen readers skip it.
 * The total is a template filled in when the document closes. Covers and blank pages get none.
 */
final class PageFooter extends PdfPageEventHelper {

    static final float SIZE = 8;
    private final String organisation;
    private final String middle;
    private final Messages messages;
    private final BaseFont font;
    private final Tagging tags;
    private final Set<Integer> unnumbered = new HashSet<>();
    private PdfTemplate total;
    private int pages;

    PageFooter(String organisation, String middle, Messages messages, BaseFont font, Tagging tags) {
        this.organisation = organisation;
        this.middle = middle;
        this.messages = messages;
        this.font = font;
        this.tags = tags;
    }

    /** The current page gets no footer (a cover, a blank verso). */
    void skipCurrentPage(PdfWriter writer) {
        unnumbered.add(writer.getPageNumber());
    }

    private PdfTemplate total(PdfWriter writer) {
        if (total == null) {
            total = writer.getDirectContent().createTemplate(font.getWidthPoint("00000", SIZE), SIZE + 2);
        }
        return total;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pages++;
        int page = writer.getPageNumber();
        if (unnumbered.contains(page)) {
            return;
        }
        PdfContentByte canvas = writer.getDirectContent();
        float y = document.bottom() - 30;
        PdfTemplate total = total(writer);
        tags.pagination(() -> {
            canvas.saveState();
            canvas.setColorStroke(BrochureFonts.MUTED);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(document.left(), y + 12);
            canvas.lineTo(document.right(), y + 12);
            canvas.stroke();
            canvas.beginText();
            canvas.setColorFill(BrochureFonts.MUTED);
            canvas.setFontAndSize(font, SIZE);
            canvas.showTextAligned(Element.ALIGN_LEFT, organisation, document.left(), y, 0);
            canvas.showTextAligned(Element.ALIGN_CENTER, middle, (document.left() + document.right()) / 2, y, 0);
            float totalWidth = total.getWidth();
            canvas.showTextAligned(Element.ALIGN_RIGHT, messages.get("brochure.page", String.valueOf(page)) + " ",
                    document.right() - totalWidth, y, 0);
            canvas.endText();
            canvas.addTemplate(total, document.right() - totalWidth, y);
            canvas.restoreState();
        });
    }

    /** How many pages were written: known once the document is closed. */
    int pages() {
        return pages;
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        PdfTemplate total = total(writer);
        total.beginText();
        total.setColorFill(BrochureFonts.MUTED);
        total.setFontAndSize(font, SIZE);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
