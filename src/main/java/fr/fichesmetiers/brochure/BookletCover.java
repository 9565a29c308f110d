package fr.fichesmetiers.brochure;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfStructureElement;

import fr.fichesmetiers.brochure.BrochureFonts.Style;
import fr.fichesmetiers.support.LongDates;
import fr.fichesmetiers.support.Messages;

/**
 * A booklet's covers. The front: a band in the theme colour with the organisation, its logo and the booklet's
 * title, then the number of profiles and the date. The back: where the information comes from and the licences.
 */
final class BookletCover {

    private final BrochureContext context;
    private final BrochureFonts fonts;
    private final PageFlow flow;
    private final Tagging tags;

    BookletCover(BrochureContext context, BrochureFonts fonts, PageFlow flow) {
        this.context = context;
        this.fonts = fonts;
        this.flow = flow;
        this.tags = flow.tags();
    }

    void front(BookletAssembler.Booklet booklet) throws Exception {
        Messages m = context.messages();
        Locale locale = m.locale();
        PdfContentByte canvas = flow.canvas();
        float width = flow.writer().getPageSize().getWidth();
        float height = flow.writer().getPageSize().getHeight();
        float bandBottom = height * 0.42f;
        tags.artifact(() -> {
            canvas.saveState();
            canvas.setColorFill(context.theme().primary());
            canvas.rectangle(0, bandBottom, width, height - bandBottom);
            canvas.fill();
            canvas.setColorFill(context.theme().tint(0.6));
            canvas.rectangle(0, bandBottom - 8, width, 8);
            canvas.fill();
            canvas.restoreState();
        });
        PdfStructureElement sect = tags.element(tags.root(), Tagging.SECT);
        float left = flow.left();
        float right = flow.right();
        // Read first: the title.
        PdfStructureElement title = tags.element(sect, Tagging.H1, context.textLanguage());
        flow.textAt(title, fonts.white(booklet.title(), Style.COVER_TITLE), 38, left, right, bandBottom + 140,
                Element.ALIGN_LEFT);
        PdfStructureElement kicker = tags.element(sect, Tagging.P);
        flow.textAt(kicker, fonts.white(m.get("booklet.kicker").toUpperCase(locale), Style.COVER_TEXT), 16, left,
                right, bandBottom + 170, Element.ALIGN_LEFT);
        PdfStructureElement organisation = tags.element(sect, Tagging.P);
        flow.textAt(organisation, fonts.white(context.theme().organisation().toUpperCase(locale), Style.BAND_GUIDE),
                14, left, right - 140, height - 56, Element.ALIGN_LEFT);
        PdfStructureElement count = tags.element(sect, Tagging.P);
        flow.textAt(count, fonts.phrase(m.get("booklet.profiles", booklet.entries().size()), Style.COVER_TEXT), 18,
                left, right, bandBottom - 36, Element.ALIGN_LEFT);
        PdfStructureElement date = tags.element(sect, Tagging.P);
        flow.textAt(date, fonts.phrase(m.get("booklet.coverDate", LongDates.format(booklet.date(), locale)),
                Style.COVER_TEXT), 18, left, right, bandBottom - 56, Element.ALIGN_LEFT);
        if (context.theme().logoPng() != null) {
            Image logo = Image.getInstance(context.theme().logoPng());
            logo.scaleToFit(120, 60);
            logo.setAbsolutePosition(right - logo.getScaledWidth(), height - 40 - logo.getScaledHeight());
            PdfStructureElement figure = tags.figure(sect, m.get("brochure.logo", context.theme().organisation()),
                    new Rectangle(logo.getAbsoluteX(), logo.getAbsoluteY(), logo.getAbsoluteX()
                            + logo.getScaledWidth(), logo.getAbsoluteY() + logo.getScaledHeight()));
            tags.content(figure, () -> {
                try {
                    canvas.addImage(logo);
                }
                catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    /**
     * The back cover: sources of the profiles (each named once), licences, who made the document and when.
     *
     * @param given the profiles' sources, in booklet order ({@code null} for a profile that gives none)
     */
    void back(BookletAssembler.Booklet booklet, Set<String> given) {
        Messages m = context.messages();
        PdfStructureElement sect = tags.element(tags.root(), Tagging.SECT);
        flow.down(flow.room() * 0.35f);
        PdfStructureElement heading = tags.element(sect, Tagging.H2);
        flow.text(heading, fonts.phrase(m.get("booklet.back.title"), Style.TOC_HEADING), 24, 0);
        flow.down(10);
        subheading(sect, m.get("booklet.back.sources"));
        Set<String> sources = new LinkedHashSet<>(given);
        boolean unsourced = sources.remove(null);
        for (String source : sources) {
            paragraph(sect, source, context.textLanguage());
        }
        if (unsourced || sources.isEmpty()) {
            paragraph(sect, m.get("booklet.defaultSource", context.theme().organisation()), null);
        }
        subheading(sect, m.get("booklet.back.licences"));
        paragraph(sect, m.get("booklet.back.codes"), null);
        paragraph(sect, m.get("booklet.back.fonts"), null);
        flow.down(10);
        paragraph(sect, m.get("booklet.back.made", LongDates.format(booklet.date(), m.locale())), null);
    }

    private void subheading(PdfStructureElement sect, String text) {
        flow.down(6);
        PdfStructureElement h3 = tags.element(sect, new org.openpdf.text.pdf.PdfName("H3"));
        flow.text(h3, fonts.phrase(text, Style.SUBHEADING), 16, 0);
        flow.down(3);
    }

    private void paragraph(PdfStructureElement sect, String text, String language) {
        PdfStructureElement p = tags.element(sect, Tagging.P, language);
        flow.text(p, fonts.phrase(text, Style.BODY), FicheComposer.LEADING, 0);
        flow.down(3);
    }
}
