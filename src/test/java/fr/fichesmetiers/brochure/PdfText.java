package fr.fichesmetiers.brochure;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads back what a PDF says, with PDFBox: text per page, fonts, bookmarks, metadata. */
final class PdfText implements AutoCloseable {

    final PDDocument document;

    PdfText(byte[] pdf) throws Exception {
        this.document = Loader.loadPDF(pdf);
    }

    /** The text in reading order (by position on the page). */
    String all() throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document);
    }

    /** The text as the content streams hold it, spaces exactly as written. */
    String raw() throws Exception {
        return new PDFTextStripper().getText(document);
    }

    /**
     * Text without any whitespace: PDFBox splits some kerned pairs and justified lines with extra spaces, so
     * order and content are compared on the characters alone.
     */
    static String compact(String text) {
        return text.replaceAll("[\\s\u00A0\u202F]+", "");
    }

    String page(int number) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(document);
    }

    /** The smallest size any character is printed at, in points. */
    float smallestTextSize() throws Exception {
        float[] smallest = {Float.MAX_VALUE};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                for (org.apache.pdfbox.text.TextPosition position : positions) {
                    if (!position.getUnicode().isBlank()) {
                        smallest[0] = Math.min(smallest[0], position.getFontSizeInPt());
                    }
                }
            }
        };
        stripper.getText(document);
        return smallest[0];
    }

    /** The structure tree as "Type[Lang]" lines, indented by depth, in document order. */
    List<String> structure() {
        List<String> lines = new ArrayList<>();
        var root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            for (Object kid : root.getKids()) {
                walk(kid, 0, lines);
            }
        }
        return lines;
    }

    private static void walk(Object node, int depth, List<String> lines) {
        if (node instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
            lines.add("  ".repeat(depth) + e.getStructureType() + (e.getLanguage() == null ? ""
                    : "[" + e.getLanguage() + "]") + (e.getAlternateDescription() == null ? ""
                    : " alt=" + e.getAlternateDescription()));
            for (Object kid : e.getKids()) {
                walk(kid, depth + 1, lines);
            }
        }
    }

    int pages() {
        return document.getNumberOfPages();
    }

    /** Every font of every page, with whether it is embedded. */
    List<String> fonts() throws Exception {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                fonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
            }
        }
        return fonts;
    }

    String language() {
        return document.getDocumentCatalog().getLanguage();
    }

    /** Bookmarks as "title" or "parent > child". */
    List<String> bookmarks() {
        List<String> titles = new ArrayList<>();
        var outline = document.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            for (PDOutlineItem item : outline.children()) {
                titles.add(item.getTitle());
                for (PDOutlineItem child : item.children()) {
                    titles.add(item.getTitle() + " > " + child.getTitle());
                }
            }
        }
        return titles;
    }

    @Override
    public void close() throws Exception {
        document.close();
    }
}
