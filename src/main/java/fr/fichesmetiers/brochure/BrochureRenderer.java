package fr.fichesmetiers.brochure;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Set;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;

import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.Section;
import fr.fichesmetiers.support.LongDates;
import fr.fichesmetiers.support.Messages;

/** Renders one profile's A4 brochure to PDF bytes. Plain Java: one instance per thread (it owns its fonts). */
public final class BrochureRenderer {

    /** Changes whenever the layout changes, so that every brochure is rendered again. */
    static final String LAYOUT_VERSION = "3";

    static final float MARGIN = 42;
    static final float BOTTOM = 54;

    private final BrochureContext context;
    private final BrochureFonts fonts;

    public BrochureRenderer(BrochureContext context, FontFamily family) {
        this.context = context;
        this.fonts = new BrochureFonts(family, context.theme());
    }

    /** The brochure, its page count, and the characters no bundled font could print (reported, never dropped). */
    public record Rendered(byte[] pdf, int pages, Set<String> missingGlyphs) {
    }

    /** @param publishedOn when this content was first published, printed in the footer */
    public Rendered render(Fiche fiche, LocalDate publishedOn) throws Exception {
        Messages m = context.messages();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        PdfStandards.prepare(writer, context.labelLanguage());
        metadata(document, fiche, m);
        document.open();
        PdfStandards.complete(document, writer);
        Tagging tags = new Tagging(writer);
        PageFooter footer = new PageFooter(context.theme().organisation(),
                m.get("brochure.published", LongDates.format(publishedOn, m.locale())), m, fonts.regularBase(), tags);
        writer.setPageEvent(footer);
        PageFlow flow = new PageFlow(document, writer, tags);
        new FicheComposer(context, fonts, flow).compose(fiche, tags.root(), writer.getRootOutline(), fiche.id());
        document.close();
        return new Rendered(out.toByteArray(), footer.pages(), missingGlyphs(fiche));
    }

    private void metadata(Document document, Fiche fiche, Messages m) {
        document.addTitle(fiche.title());
        document.addSubject(m.get("brochure.subject", fiche.title(), fiche.guide()));
        document.addKeywords("ROME " + fiche.rome().code() + fiche.fap().map(fap -> ", FAP " + fap.code()).orElse("")
                + ", " + fiche.guide());
        document.addAuthor(context.theme().organisation());
        document.addCreator("Fiches Métiers");
    }

    static String date(LocalDate date, Messages m) {
        return LongDates.format(date, m.locale());
    }

    /** Checks every character of the profile against the fonts before it is printed. */
    Set<String> missingGlyphs(Fiche fiche) {
        Set<String> missing = BrochureFonts.newGlyphSet();
        fonts.missingGlyphs(fiche.title(), missing);
        fonts.missingGlyphs(fiche.guide(), missing);
        fiche.recommendedBac().ifPresent(bac -> fonts.missingGlyphs(bac, missing));
        for (Section section : Section.values()) {
            fonts.missingGlyphs(fiche.section(section), missing);
        }
        fiche.qualities().forEach(quality -> fonts.missingGlyphs(quality, missing));
        fiche.details().feminineTitle().ifPresent(title -> fonts.missingGlyphs(title, missing));
        fiche.details().formations().forEach(item -> fonts.missingGlyphs(item, missing));
        fiche.details().relatedProfessions().forEach(item -> fonts.missingGlyphs(item, missing));
        fiche.details().links().forEach(link -> fonts.missingGlyphs(link.label(), missing));
        fiche.details().source().ifPresent(source -> fonts.missingGlyphs(source, missing));
        fiche.faq().forEach(entry -> {
            fonts.missingGlyphs(entry.question(), missing);
            fonts.missingGlyphs(entry.answer(), missing);
        });
        return missing;
    }
}
