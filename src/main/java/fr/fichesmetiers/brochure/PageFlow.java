package fr.fichesmetiers.brochure;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Where the next block goes: text flows down the page from a cursor and on to the next page, drawn with
 * {@link ColumnText} straight on the page inside its structure element (OpenPDF's {@code Document.add} would
 * draw it untagged). Text is ragged-right: spaces never stretch, so there are no rivers.
 */
final class PageFlow {

    private final Document document;
    private final PdfWriter writer;
    private final Tagging tags;
    private float y;

    PageFlow(Document document, PdfWriter writer, Tagging tags) {
        this.document = document;
        this.writer = writer;
        this.tags = tags;
        this.y = document.top();
    }

    Tagging tags() {
        return tags;
    }

    PdfWriter writer() {
        return writer;
    }

    PdfContentByte canvas() {
        return writer.getDirectContent();
    }

    float left() {
        return document.left();
    }

    float right() {
        return document.right();
    }

    float width() {
        return document.right() - document.left();
    }

    float top() {
        return document.top();
    }

    float y() {
        return y;
    }

    /** How much room is left above the bottom margin. */
    float room() {
        return y - document.bottom();
    }

    int pageNumber() {
        return writer.getPageNumber();
    }

    /** Moves the cursor down (or to the page's top when it was at the bottom already). */
    void down(float height) {
        y = Math.max(document.bottom(), y - height);
    }

    /** Starts a new page unless this one is still empty; a page with nothing but artifacts counts as used. */
    void newPage() {
        writer.setPageEmpty(false);
        document.newPage();
        y = document.top();
    }

    /** Keeps what follows together: a new page when less than {@code height} is left (unless at a page's top). */
    void keep(float height) {
        if (room() < height && y < document.top()) {
            newPage();
        }
    }

    /** The height a phrase takes in a column of a width. */
    float height(Phrase phrase, float width, float leading) {
        ColumnText column = column(phrase, leading, Element.ALIGN_LEFT);
        column.setSimpleColumn(0, -100_000, width, 0);
        try {
            column.go(true);
        }
        catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return -column.getYLine();
    }

    /** Flows text from the cursor, across pages, tagged as {@code element}; the cursor ends under it. */
    void text(PdfStructureElement element, Phrase phrase, float leading, float indent) {
        text(element, phrase, leading, left() + indent, right());
    }

    /** Flows text between two x positions. */
    void text(PdfStructureElement element, Phrase phrase, float leading, float from, float to) {
        ColumnText column = column(phrase, leading, Element.ALIGN_LEFT);
        while (true) {
            column.setSimpleColumn(from, document.bottom(), to, y);
            int[] status = new int[1];
            tags.content(element, () -> status[0] = go(column));
            y = column.getYLine();
            if (!ColumnText.hasMoreText(status[0])) {
                return;
            }
            newPage();
        }
    }

    /** Text in a fixed box (never across pages): a band, a cell. Returns where it ended. */
    float textAt(PdfStructureElement element, Phrase phrase, float leading, float from, float to, float top,
            int alignment) {
        float[] end = new float[1];
        tags.content(element, () -> end[0] = draw(phrase, leading, from, to, top, alignment, 0));
        return end[0];
    }

    /** Draws text in a box, untagged (the caller has opened its element); returns where it ended. */
    float draw(Phrase phrase, float leading, float from, float to, float top, int alignment, float indent) {
        ColumnText column = column(phrase, leading, alignment);
        column.setIndent(indent);
        column.setSimpleColumn(from, top - 10_000, to, top);
        go(column);
        return column.getYLine();
    }

    /**
     * A paragraph made of a label and a value in two languages (labels in English, the catalog's text in French):
     * a {@code P} of two spans, the value going on after the label on its line. Never across pages.
     *
     * @param valueLanguage the value's language where it differs from the labels' ({@code null}: the same)
     * @return where it ended
     */
    float labelled(PdfStructureElement parent, Phrase label, Phrase value, String valueLanguage, float leading,
            float from, float to, float top) {
        PdfStructureElement paragraph = tags.element(parent, Tagging.P);
        PdfStructureElement labelSpan = tags.element(paragraph, Tagging.SPAN);
        tags.content(labelSpan, () -> ColumnText.showTextAligned(canvas(), Element.ALIGN_LEFT, label, from,
                top - leading, 0));
        // A line's trailing space is not drawn, nor counted: the gap after the label is added back.
        float width = ColumnText.getWidth(label) + label.getFont().getBaseFont().getWidthPoint(' ',
                label.getFont().getSize());
        PdfStructureElement valueSpan = tags.element(paragraph, Tagging.SPAN, valueLanguage);
        float[] end = new float[1];
        tags.content(valueSpan, () -> end[0] = draw(value, leading, from, to, top, Element.ALIGN_LEFT, width));
        return end[0];
    }

    private ColumnText column(Phrase phrase, float leading, int alignment) {
        ColumnText column = new ColumnText(canvas());
        column.setLeading(leading);
        column.setAlignment(alignment);
        column.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        column.addText(phrase);
        return column;
    }

    private static int go(ColumnText column) {
        try {
            return column.go();
        }
        catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
