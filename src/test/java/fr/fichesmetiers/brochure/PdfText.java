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
