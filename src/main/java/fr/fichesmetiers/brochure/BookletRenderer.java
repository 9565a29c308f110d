package fr.fichesmetiers.brochure;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.DottedLineSeparator;

import fr.fichesmetiers.brochure.BrochureFonts.Style;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.support.Messages;

/**
 * Renders a guide's booklet: a cover, a table of contents with page numbers, every profile in title order
 * starting on its own page, bookmarks per profile with its sections nested, and page numbers.
 *
 * <p>One pass: each table-of-contents line ends with an empty template, filled with the page number when its
 * profile starts. Profiles are loaded in small batches, so a large guide never sits in memory at once.
 */
public final class BookletRenderer {

    private static final int BATCH = 50;
    private final BrochureContext context;
    private final BrochureFonts fonts;

    public BookletRenderer(BrochureContext context, FontFamily family) {
        this.context = context;
        this.fonts = new BrochureFonts(family, context.theme());
    }

    /**
     * @param entries the guide's profiles, in the order they are printed
     * @param loader loads complete profiles by id
     * @param catalogDate the catalog version's date, on the cover
     */
    public void render(String guide, List<FicheSummary> entries, Function<List<String>, List<Fiche>> loader,
            LocalDate catalogDate, OutputStream out) throws Exception {
        Messages m = context.messages();
        Document document = new Document(PageSize.A4, BrochureRenderer.MARGIN, BrochureRenderer.MARGIN,
                BrochureRenderer.MARGIN, BrochureRenderer.BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        String date = BrochureRenderer.date(catalogDate, m);
        writer.setPageEvent(new PageFooter(context.theme().organisation(), m.get("booklet.footer", guide, date), m,
                fonts.regularBase(), 2));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
        document.addTitle(m.get("booklet.title", guide));
        document.addSubject(m.get("booklet.subject", guide, String.valueOf(entries.size())));
        document.addKeywords(guide);
        document.addAuthor(context.theme().organisation());
        document.addCreator("Fiches Métiers");
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(m.language().equals("en") ? "en" : "fr-FR"));
        document.open();
        new BookletCover(context, fonts).draw(document, writer, guide, entries.size(), date);
        document.newPage();
        List<PdfTemplate> pageNumbers = tableOfContents(document, writer, entries);
        FicheComposer composer = new FicheComposer(context, fonts, document, writer);
        for (int from = 0; from < entries.size(); from += BATCH) {
            List<FicheSummary> batch = entries.subList(from, Math.min(entries.size(), from + BATCH));
            List<Fiche> fiches = loader.apply(batch.stream().map(FicheSummary::id).toList());
            for (int i = 0; i < fiches.size(); i++) {
                document.newPage();
                fill(pageNumbers.get(from + i), writer.getPageNumber());
                composer.compose(fiches.get(i), writer.getRootOutline(), anchor(fiches.get(i).id()), true);
            }
        }
        document.close();
    }

    private List<PdfTemplate> tableOfContents(Document document, PdfWriter writer, List<FicheSummary> entries)
            throws Exception {
        Messages m = context.messages();
        Paragraph heading = new Paragraph(fonts.phrase(m.get("booklet.contents"), Style.TOC_HEADING));
        heading.setSpacingAfter(14);
        document.add(heading);
        PdfContentByte canvas = writer.getDirectContent();
        List<PdfTemplate> numbers = new ArrayList<>(entries.size());
        for (FicheSummary entry : entries) {
            PdfTemplate number = canvas.createTemplate(fonts.boldBase().getWidthPoint("0000", Style.TOC.size),
                    Style.TOC.size + 3);
            numbers.add(number);
            Phrase title = fonts.phrase(entry.title(), Style.TOC);
            for (Object chunk : title.getChunks()) {
                ((Chunk) chunk).setLocalGoto(anchor(entry.id()));
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
        String text = String.valueOf(page);
        template.beginText();
        template.setColorFill(BrochureFonts.TEXT);
        template.setFontAndSize(fonts.regularBase(), Style.TOC.size);
        template.showTextAligned(PdfContentByte.ALIGN_RIGHT, text, template.getWidth(), 3, 0);
        template.endText();
    }

    private static String anchor(String ficheId) {
        return "fiche-" + ficheId;
    }
}
