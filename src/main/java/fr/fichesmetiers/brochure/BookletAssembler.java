package fr.fichesmetiers.brochure;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfWriter;

import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.support.Messages;

/**
 * Lays a booklet out as one document: a cover, the contents (each line a link), each profile laid out as its
 * brochure is but starting on a right-hand page (a blank verso before it when needed, so that a fiche can be taken
 * out of a duplex print), and a back cover with the sources and licences. One page numbering, the booklet's, in
 * the footers and the contents; fonts embedded once for the whole booklet; tagged and archivable like a brochure.
 */
public final class BookletAssembler {

    private final BrochureContext context;
    private final BrochureFonts fonts;

    public BookletAssembler(BrochureContext context, FontFamily family) {
        this.context = context;
        this.fonts = new BrochureFonts(family, context.theme());
    }

    /**
     * What a booklet holds.
     *
     * @param title a guide's name, or the title given for a selection ("Forum des métiers 3e B")
     * @param date the date on the cover
     * @param padToFour blank pages before the back cover up to a multiple of 4, for saddle stitching
     */
    public record Booklet(String title, List<Fiche> fiches, LocalDate date, boolean padToFour) {
    }

    /** @return the booklet's page count */
    public int assemble(Booklet booklet, OutputStream out) throws Exception {
        Messages m = context.messages();
        Document document = new Document(PageSize.A4, BrochureRenderer.MARGIN, BrochureRenderer.MARGIN,
                BrochureRenderer.MARGIN, BrochureRenderer.BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        PdfStandards.prepare(writer, context.labelLanguage());
        document.addTitle(m.get("booklet.title", booklet.title()));
        document.addSubject(m.get("booklet.subjectCount", booklet.title(), booklet.fiches().size()));
        document.addKeywords(booklet.title());
        document.addAuthor(context.theme().organisation());
        document.addCreator("Fiches Métiers");
        document.open();
        PdfStandards.complete(document, writer);
        Tagging tags = new Tagging(writer);
        PageFooter footer = new PageFooter(context.theme().organisation(), booklet.title(), m, fonts.regularBase(),
                tags);
        writer.setPageEvent(footer);
        PageFlow flow = new PageFlow(document, writer, tags);
        BookletCover cover = new BookletCover(context, fonts, flow);

        footer.skipCurrentPage(writer);
        cover.front(booklet);
        flow.newPage();
        BookletContents contents = new BookletContents(context, fonts, flow);
        contents.draw(booklet.fiches());
        FicheComposer composer = new FicheComposer(context, fonts, flow);
        for (int i = 0; i < booklet.fiches().size(); i++) {
            Fiche fiche = booklet.fiches().get(i);
            flow.newPage();
            if (flow.pageNumber() % 2 == 0) {
                footer.skipCurrentPage(writer);
                flow.newPage();
            }
            contents.starts(i, flow.pageNumber());
            String anchor = fiche.id();
            PdfOutline outline = new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(anchor, false),
                    fiche.title(), false);
            composer.compose(fiche, tags.root(), outline, anchor);
        }
        // The back cover is a verso, the last page: after blank pages up to an even count, or a multiple of 4.
        int blanks = blanksBeforeBackCover(flow.pageNumber(), booklet.padToFour());
        for (int i = 0; i < blanks; i++) {
            flow.newPage();
            footer.skipCurrentPage(writer);
        }
        flow.newPage();
        footer.skipCurrentPage(writer);
        cover.back(booklet);
        int pages = writer.getPageNumber();
        contents.fill();
        document.close();
        return pages;
    }

    /** How many blank pages go after page {@code last} so that the back cover after them ends the booklet right. */
    static int blanksBeforeBackCover(int last, boolean padToFour) {
        int total = last + 1;
        int multiple = padToFour ? 4 : 2;
        return (multiple - total % multiple) % multiple;
    }
}
