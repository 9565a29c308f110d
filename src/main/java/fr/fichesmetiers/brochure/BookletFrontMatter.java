package fr.fichesmetiers.brochure;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.DottedLineSeparator;

import fr.fichesmetiers.brochure.BrochureFonts.Style;
import fr.fichesmetiers.support.Messages;

/**
 * The first pages of a booklet: its cover and a table of contents whose page numbers count these pages too.
 *
 * <p>Each contents line ends with an empty template, filled once the contents' own length is known. Where each
 * title landed is recorded, so that the assembler can make it a link to the profile's first page.
 */
final class BookletFrontMatter {

    /** The rendered pages, and where each contents line's title is (to link it to its profile). */
    record Rendered(byte[] pdf, int pages, List<Link> links) {
    }

    /** A title's place on a page of these pages; {@code entry} indexes the booklet's profiles. */
    record Link(int page, Rectangle area, int entry) {
    }

    private final BrochureContext context;
    private final BrochureFonts fonts;

    BookletFrontMatter(BrochureContext context, BrochureFonts fonts) {
        this.context = context;
        this.fonts = fonts;
    }

    /**
     * @param titles the profiles' titles, in booklet order
     * @param pageCounts how many pages each profile's brochure has, in the same order
     * @param date the catalog date printed on the cover
     */
    Rendered render(String guide, List<String> titles, List<Integer> pageCounts, String date) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document(PageSize.A4, BrochureRenderer.MARGIN, BrochureRenderer.MARGIN,
                BrochureRenderer.MARGIN, BrochureRenderer.BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        List<Link> links = new ArrayList<>();
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onGenericTag(PdfWriter w, Document d, Rectangle area, String entry) {
                links.add(new Link(w.getPageNumber(), area, Integer.parseInt(entry)));
            }
        });
        document.open();
        new BookletCover(context, fonts).draw(document, writer, guide, titles.size(), date);
        document.newPage();
        List<PdfTemplate> numbers = tableOfContents(document, writer, titles);
        int page = writer.getPageNumber() + 1;
        for (int i = 0; i < numbers.size(); i++) {
            fill(numbers.get(i), page);
            page += pageCounts.get(i);
        }
        int pages = writer.getPageNumber();
        document.close();
        return new Rendered(out.toByteArray(), pages, links);
    }

    private List<PdfTemplate> tableOfContents(Document document, PdfWriter writer, List<String> titles)
            throws Exception {
        Messages m = context.messages();
        Paragraph heading = new Paragraph(fonts.phrase(m.get("booklet.contents"), Style.TOC_HEADING));
        heading.setSpacingAfter(14);
        document.add(heading);
        PdfContentByte canvas = writer.getDirectContent();
        List<PdfTemplate> numbers = new ArrayList<>(titles.size());
        for (int i = 0; i < titles.size(); i++) {
            PdfTemplate number = canvas.createTemplate(fonts.boldBase().getWidthPoint("00000", Style.TOC.size),
                    Style.TOC.size + 3);
            numbers.add(number);
            Phrase title = fonts.phrase(titles.get(i), Style.TOC);
            for (Object chunk : title.getChunks()) {
                ((Chunk) chunk).setGenericTag(String.valueOf(i));
            }
            Paragraph line = fonts.paragraph();
            line.setLeading(19);
            line.add(title);
            line.add(fonts.graphic(new Chunk(new DottedLineSeparator())));
            line.add(fonts.graphic(new Chunk(Image.getInstance(number), 0, -2)));
            document.add(line);
        }
        return numbers;
    }

    private void fill(PdfTemplate template, int page) {
        template.beginText();
        template.setColorFill(BrochureFonts.TEXT);
        template.setFontAndSize(fonts.regularBase(), Style.TOC.size);
        template.showTextAligned(PdfContentByte.ALIGN_RIGHT, String.valueOf(page), template.getWidth(), 3, 0);
        template.endText();
    }
}
