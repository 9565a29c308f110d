package fr.fichesmetiers.brochure;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfImportedPage;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.SimpleBookmark;

import fr.fichesmetiers.support.Messages;

/**
 * Makes a guide's booklet from its profiles' brochures: a cover, a table of contents with page numbers and
 * links, then each brochure's pages as they are, under a running head with the booklet's page numbers, and
 * bookmarks per profile with its sections nested.
 *
 * <p>Why pages are copied rather than laid out again: layout is most of a brochure's cost, and a booklet made
 * of the very pages handed out one by one can never disagree with them. Pages are copied as they are
 * ({@code PdfCopy}): looking for objects shared between brochures ({@code PdfSmartCopy}) hashed every object of
 * every page, doubled the booklet's cost and saved under a fifth of its size.
 */
public final class BookletAssembler {

    private static final float HEAD_SIZE = 8;
    private final BrochureContext context;
    private final BrochureFonts fonts;

    public BookletAssembler(BrochureContext context, FontFamily family) {
        this.context = context;
        this.fonts = new BrochureFonts(family, context.theme());
    }

    /**
     * One profile of the booklet: its title (for the contents), its brochure file and that file's page count
     * (recorded when it was rendered: the contents need every page number before the first page is copied).
     */
    public record Part(String title, Path brochure, int pages) {
    }

    /**
     * @param catalogDate the date on the cover
     * @return the booklet's page count
     */
    public int assemble(String guide, List<Part> parts, LocalDate catalogDate, OutputStream out) throws Exception {
        Messages m = context.messages();
        List<Integer> pageCounts = parts.stream().map(Part::pages).toList();
        BookletFrontMatter.Rendered front = new BookletFrontMatter(context, fonts).render(guide,
                parts.stream().map(Part::title).toList(), pageCounts, BrochureRenderer.date(catalogDate, m));
        int[] firstPages = new int[parts.size()];
        int total = front.pages();
        for (int i = 0; i < parts.size(); i++) {
            firstPages[i] = total + 1;
            total += pageCounts.get(i);
        }

        Document document = new Document();
        PdfCopy copy = new PdfCopy(document, out);
        metadata(document, copy, guide, parts.size(), m);
        document.open();
        copyFrontMatter(copy, front, firstPages, guide, total);
        List<List<Map<String, Object>>> bookmarks = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            bookmarks.add(copyBrochure(copy, parts.get(i), firstPages[i], guide, total));
        }
        copy.setOutlines(outlines(parts, bookmarks, firstPages));
        document.close();
        return total;
    }

    /** The cover and contents, each contents line made a link to its profile's first page. */
    private void copyFrontMatter(PdfCopy copy, BookletFrontMatter.Rendered front, int[] firstPages, String guide,
            int total) throws Exception {
        PdfReader reader = new PdfReader(front.pdf());
        for (int page = 1; page <= front.pages(); page++) {
            PdfImportedPage imported = copy.getImportedPage(reader, page);
            PdfCopy.PageStamp stamp = copy.createPageStamp(imported);
            if (page > 1) {
                runningHead(stamp.getOverContent(), imported, guide, page, total);
            }
            for (BookletFrontMatter.Link link : front.links()) {
                if (link.page() == page) {
                    Rectangle area = link.area();
                    stamp.addAnnotation(new PdfAnnotation(copy, area.getLeft(), area.getBottom(), area.getRight(),
                            area.getTop(), PdfAction.gotoLocalPage(firstPages[link.entry()],
                                    new PdfDestination(PdfDestination.FIT), copy)));
                }
            }
            stamp.alterContents();
            copy.addPage(imported);
        }
        copy.freeReader(reader);
        reader.close();
    }

    /** Copies a brochure's pages under the running head; returns its bookmarks (page numbers its own). */
    private List<Map<String, Object>> copyBrochure(PdfCopy copy, Part part, int firstPage, String guide, int total)
            throws Exception {
        PdfReader reader = new PdfReader(Files.readAllBytes(part.brochure()));
        if (reader.getNumberOfPages() != part.pages()) {
            throw new IllegalStateException(part.brochure() + " has " + reader.getNumberOfPages() + " pages, "
                    + part.pages() + " recorded: render the brochures again (--all)");
        }
        reader.consolidateNamedDestinations();
        List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmarkList(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfImportedPage imported = copy.getImportedPage(reader, page);
            PdfCopy.PageStamp stamp = copy.createPageStamp(imported);
            runningHead(stamp.getOverContent(), imported, guide, firstPage + page - 1, total);
            stamp.alterContents();
            copy.addPage(imported);
        }
        copy.freeReader(reader);
        reader.close();
        return bookmarks == null ? new ArrayList<>() : bookmarks;
    }

    /** The guide and the booklet's page number, in the top margin where the brochures print nothing. */
    private void runningHead(PdfContentByte canvas, PdfImportedPage page, String guide, int number, int total) {
        String text = context.messages().get("booklet.head", guide, String.valueOf(number), String.valueOf(total));
        canvas.saveState();
        canvas.beginText();
        canvas.setColorFill(BrochureFonts.MUTED);
        canvas.setFontAndSize(fonts.regularBase(), HEAD_SIZE);
        canvas.showTextAligned(Element.ALIGN_RIGHT, text, page.getWidth() - BrochureRenderer.MARGIN,
                page.getHeight() - 28, 0);
        canvas.endText();
        canvas.restoreState();
    }

    /** A bookmark per profile on its first page, with the brochure's own bookmarks under it. */
    private static List<Map<String, Object>> outlines(List<Part> parts, List<List<Map<String, Object>>> bookmarks,
            int[] firstPages) {
        List<Map<String, Object>> outlines = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            List<Map<String, Object>> kids = bookmarks.get(i);
            SimpleBookmark.shiftPageNumbersInRange(kids, firstPages[i] - 1, null);
            Map<String, Object> outline = new HashMap<>();
            outline.put("Title", parts.get(i).title());
            outline.put("Action", "GoTo");
            outline.put("Page", firstPages[i] + " Fit");
            outline.put("Open", "false");
            if (!kids.isEmpty()) {
                outline.put("Kids", kids);
            }
            outlines.add(outline);
        }
        return outlines;
    }

    private void metadata(Document document, PdfWriter writer, String guide, int profiles, Messages m) {
        document.addTitle(m.get("booklet.title", guide));
        document.addSubject(m.get("booklet.subject", guide, String.valueOf(profiles)));
        document.addKeywords(guide);
        document.addAuthor(context.theme().organisation());
        document.addCreator("Fiches Métiers");
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(m.language().equals("en") ? "en" : "fr-FR"));
    }
}
