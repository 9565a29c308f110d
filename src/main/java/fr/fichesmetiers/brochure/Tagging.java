package fr.fichesmetiers.brochure;

import java.io.IOException;

import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfBorderArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The logical structure of a document, drawn alongside its content: OpenPDF tags nothing by itself, so every piece
 * of content is drawn either inside a structure element's marked-content sequence or as an artifact.
 *
 * <p>An element holds either other elements or content, never both (OpenPDF cannot write a mix): a paragraph with
 * a link is two elements, and containers ({@code Table}, {@code L}, {@code LI}) only hold elements.
 */
final class Tagging {

    static final PdfName H1 = new PdfName("H1");
    static final PdfName H2 = new PdfName("H2");
    static final PdfName P = PdfName.P;
    static final PdfName SECT = new PdfName("Sect");
    static final PdfName L = new PdfName("L");
    static final PdfName LI = new PdfName("LI");
    static final PdfName LBODY = new PdfName("LBody");
    static final PdfName TABLE = new PdfName("Table");
    static final PdfName TR = new PdfName("TR");
    static final PdfName TH = new PdfName("TH");
    static final PdfName TD = new PdfName("TD");
    static final PdfName FIGURE = new PdfName("Figure");
    static final PdfName LINK = new PdfName("Link");
    static final PdfName SPAN = new PdfName("Span");
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName PAGINATION = new PdfName("Pagination");
    private static final PdfName LAYOUT = new PdfName("Layout");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName OBJR = new PdfName("OBJR");

    private final PdfWriter writer;
    private final PdfStructureElement root;

    Tagging(PdfWriter writer) {
        this.writer = writer;
        this.root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
    }

    PdfStructureElement root() {
        return root;
    }

    private PdfContentByte canvas() {
        return writer.getDirectContent();
    }

    PdfStructureElement element(PdfStructureElement parent, PdfName type) {
        return new PdfStructureElement(parent, type);
    }

    /** An element whose text is in another language than its parent's ({@code null}: the same). */
    PdfStructureElement element(PdfStructureElement parent, PdfName type, String language) {
        PdfStructureElement element = new PdfStructureElement(parent, type);
        if (language != null) {
            element.put(PdfName.LANG, new PdfString(language));
        }
        return element;
    }

    /** A figure, with the text a screen reader says instead of it. */
    PdfStructureElement figure(PdfStructureElement parent, String alternative, Rectangle box) {
        PdfStructureElement figure = element(parent, FIGURE);
        figure.put(PdfName.ALT, new PdfString(alternative, PdfObject.TEXT_UNICODE));
        PdfDictionary layout = new PdfDictionary();
        layout.put(PdfName.O, LAYOUT);
        layout.put(PdfName.BBOX, new PdfArray(new float[] {box.getLeft(), box.getBottom(), box.getRight(),
                box.getTop()}));
        figure.put(PdfName.A, layout);
        return figure;
    }

    /** A header cell of a table, for the row or the column it heads. */
    PdfStructureElement header(PdfStructureElement row, String scope) {
        PdfStructureElement th = element(row, TH);
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, TABLE);
        attributes.put(SCOPE, new PdfName(scope));
        th.put(PdfName.A, attributes);
        return th;
    }

    /** Draws content belonging to an element (it may be called again for the same element on another page). */
    void content(PdfStructureElement element, Runnable draw) {
        canvas().beginMarkedContentSequence(element);
        draw.run();
        canvas().endMarkedContentSequence();
    }

    /** How many elements the document's root holds so far: those added after it can be {@linkplain #flush flushed}. */
    int rootKids() {
        return root.get(PdfName.K) instanceof PdfArray kids ? kids.size() : 0;
    }

    /**
     * Writes the root's elements from the {@code from}-th on, with everything under them, into the file now, and
     * keeps only their references. An element is complete once nothing more will be drawn in it: OpenPDF would
     * otherwise hold the structure of the whole document until it closes, which for a booklet of a thousand
     * fiches was half of its memory. OpenPDF writes what is left, and keeps the references, when it closes.
     */
    void flush(int from) throws IOException {
        if (root.get(PdfName.K) instanceof PdfArray kids) {
            for (int i = from; i < kids.size(); i++) {
                if (kids.getPdfObject(i) instanceof PdfStructureElement element) {
                    write(element);
                    kids.set(i, element.getReference());
                }
            }
        }
    }

    private void write(PdfStructureElement element) throws IOException {
        if (element.get(PdfName.K) instanceof PdfArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getPdfObject(i) instanceof PdfStructureElement child) {
                    write(child);
                    kids.set(i, child.getReference());
                }
            }
        }
        writer.addToBody(element, element.getReference());
    }

    /** Draws decoration, which a screen reader skips. */
    void artifact(Runnable draw) {
        canvas().beginMarkedContentSequence(ARTIFACT);
        draw.run();
        canvas().endMarkedContentSequence();
    }

    /** Draws a running head or footer, an artifact of pagination. */
    void pagination(Runnable draw) {
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.TYPE, PAGINATION);
        canvas().beginMarkedContentSequence(ARTIFACT, properties, true);
        draw.run();
        canvas().endMarkedContentSequence();
    }

    /**
     * A link over an area of the current page: a {@code Link} element holding the text drawn by {@code draw} and
     * the annotation, which says where it goes in words too.
     */
    void link(PdfStructureElement parent, PdfAction action, String description, Runnable draw, Rectangle area) {
        PdfStructureElement link = element(parent, LINK);
        content(link, draw);
        PdfAnnotation annotation = new PdfAnnotation(writer, area.getLeft(), area.getBottom(), area.getRight(),
                area.getTop(), action);
        annotation.put(PdfName.CONTENTS, new PdfString(description, PdfObject.TEXT_UNICODE));
        annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
        annotation.setBorder(new PdfBorderArray(0, 0, 0));
        int key = writer.getStructureTreeRoot().addExistingObject(link.getReference());
        annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key));
        PdfDictionary objectReference = new PdfDictionary(OBJR);
        objectReference.put(PdfName.OBJ, annotation.getIndirectReference());
        objectReference.put(PdfName.PG, writer.getCurrentPage());
        PdfObject kids = link.get(PdfName.K);
        PdfArray array = kids instanceof PdfArray a ? a : new PdfArray(kids);
        array.add(objectReference);
        link.put(PdfName.K, array);
        writer.addAnnotation(annotation);
    }
}
