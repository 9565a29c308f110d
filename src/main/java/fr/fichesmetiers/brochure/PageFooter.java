package fr.fichesmetiers.brochure;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import fr.fichesmetiers.support.Messages;

/**
 * The footer of every page but covers: organisation, a date line, and "page x / y". The total is a template
 * filled in when the document closes, when it is known.
 */
final class PageFooter extends PdfPageEventHelper {

    private static final float SIZE = 8;
    private final String organisation;
    private final String middle;
    private final Messages messages;
    private final BaseFont font;
    private final int firstNumberedPage;
    private PdfTemplate total;
    private int pages;

    /** @param firstNumberedPage pages before it (a booklet cover) get no footer */
    PageFooter(String organisation, String middle, Messages messages, BaseFont font, int firstNumberedPage) {
        this.organisation = organisation;
        this.middle = middle;
        this.messages = messages;
        this.font = font;
        this.firstNumberedPage = firstNumberedPage;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(font.getWidthPoint("0000", SIZE), SIZE + 2);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pages++;
        int page = writer.getPageNumber();
        if (page < firstNumberedPage) {
            return;
        }
        PdfContentByte canvas = writer.getDirectContent();
        float y = document.bottom() - 26;
        canvas.saveState();
        canvas.setColorStroke(BrochureFonts.MUTED);
        canvas.setLineWidth(0.4f);
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
    }

    /** How many pages were written: known once the document is closed. */
    int pages() {
        return pages;
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setColorFill(BrochureFonts.MUTED);
        total.setFontAndSize(font, SIZE);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
