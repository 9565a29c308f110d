package fr.fichesmetiers.brochure;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfWriter;

import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.FicheSummary;
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

    /** How many whole profiles are loaded at a time. */
    private static final int LOADED_AT_ONCE = 20;

    /**
     * What a booklet holds.
     *
     * @param title a guide's name, or the title given for a selection ("Forum des métiers 3e B")
     * @param entries the profiles, in booklet order: what the contents show of them
     * @param loader the whole profiles for some of their ids (in any order)
     * @param date the date on the cover
     * @param padToFour blank pages before the back cover up to a multiple of 4, for saddle stitching
     */
    public record Booklet(String title, List<FicheSummary> entries, Function<List<String>, List<Fiche>> loader,
            LocalDate date, boolean padToFour) {

        public Booklet {
            entries = List.copyOf(entries);
        }

        /** A booklet of profiles already loaded. */
        public static Booklet of(String title, List<Fiche> fiches, LocalDate date, boolean padToFour) {
            Map<String, Fiche> byId = new HashMap<>();
            fiches.forEach(fiche -> byId.put(fiche.id(), fiche));
            return new Booklet(title, fiches.stream().map(fiche -> FicheSummary.of(fiche, "")).toList(),
                    ids -> ids.stream().map(byId::get).toList(), date, padToFour);
        }
    }

    /** @return the booklet's page count */
    public int assemble(Booklet booklet, OutputStream out) throws Exception {
        Messages m = context.messages();
        Document document = new Document(PageSize.A4, BrochureRenderer.MARGIN, BrochureRenderer.MARGIN,
                BrochureRenderer.MARGIN, BrochureRenderer.BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        PdfStandards.prepare(writer, context.labelLanguage());
        document.addTitle(m.get("booklet.title", booklet.title()));
        document.addSubject(m.get("booklet.subjectCount", booklet.title(), booklet.entries().size()));
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
        List<FicheSummary> entries = booklet.entries();
        contents.draw(entries);
        FicheComposer composer = new FicheComposer(context, fonts, flow);
        Set<String> sources = new LinkedHashSet<>();
        for (int from = 0; from < entries.size(); from += LOADED_AT_ONCE) {
            List<FicheSummary> batch = entries.subList(from, Math.min(entries.size(), from + LOADED_AT_ONCE));
            Map<String, Fiche> loaded = new HashMap<>();
            booklet.loader().apply(batch.stream().map(FicheSummary::id).toList())
                    .forEach(fiche -> loaded.put(fiche.id(), fiche));
            for (int i = 0; i < batch.size(); i++) {
                Fiche fiche = loaded.get(batch.get(i).id());
                if (fiche == null) {
                    // The contents list it already: a booklet is made from one catalog version, which never changes.
                    throw new IllegalStateException("Profile " + batch.get(i).id() + " could not be loaded");
                }
                flow.newPage();
                if (flow.pageNumber() % 2 == 0) {
                    footer.skipCurrentPage(writer);
                    flow.newPage();
                }
                contents.starts(from + i, flow.pageNumber());
                String anchor = fiche.id();
                PdfOutline outline = new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(anchor, false),
                        fiche.title(), false);
                int first = tags.rootKids();
                composer.compose(fiche, tags.root(), outline, anchor);
                tags.flush(first);
                sources.add(fiche.details().source().orElse(null));
            }
        }
        // The back cover is a verso, the last page: after blank pages up to an even count, or a multiple of 4.
        int blanks = blanksBeforeBackCover(flow.pageNumber(), booklet.padToFour());
        for (int i = 0; i < blanks; i++) {
            flow.newPage();
            footer.skipCurrentPage(writer);
        }
        flow.newPage();
        footer.skipCurrentPage(writer);
        cover.back(booklet, sources);
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
