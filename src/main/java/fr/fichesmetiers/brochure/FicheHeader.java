package fr.fichesmetiers.brochure;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfStructureElement;

import fr.fichesmetiers.brochure.BrochureFonts.Style;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.support.Euros;
import fr.fichesmetiers.support.Messages;

/**
 * The top of a fiche: the coloured band (title, guide, codes) and the key-facts panel, a table of six rows (a
 * header cell and its value) drawn as a grid of three columns, employability and mobility as gauges.
 */
final class FicheHeader {

    private static final float PAD = 16;
    private static final float CELL_HEIGHT = 44;
    private static final float CELL_GAP = 3;

    private final BrochureContext context;
    private final BrochureFonts fonts;
    private final PageFlow flow;
    private final Tagging tags;

    FicheHeader(BrochureContext context, BrochureFonts fonts, PageFlow flow) {
        this.context = context;
        this.fonts = fonts;
        this.flow = flow;
        this.tags = flow.tags();
    }

    /**
     * The band. Its title is drawn (and read) first, the guide line above it second.
     *
     * @param anchor a named destination on the title, for bookmarks and a booklet's contents
     */
    void band(PdfStructureElement fiche, Fiche profile, String anchor) throws Exception {
        Messages m = context.messages();
        BrochureTheme theme = context.theme();
        String textLanguage = context.textLanguage();
        float logoWidth = theme.logoPng() == null ? 0 : 90;
        float left = flow.left() + PAD;
        float right = flow.right() - PAD - logoWidth;
        Phrase title = fonts.white(FrenchSpacing.capitalised(profile.title(), context.messages().locale()), Style.TITLE);
        float titleHeight = flow.height(title, right - left, 28);
        Optional<String> feminine = profile.details().feminineTitle();
        float top = flow.y();
        float guideY = top - PAD - 10;
        float titleTop = guideY - 6;
        float afterTitle = titleTop - titleHeight - (feminine.isPresent() ? 18 : 0);
        float codesY = afterTitle - 18;
        float bottom = codesY - (profile.fap().isPresent() ? 13 : 0) - PAD + 4;
        tags.artifact(() -> {
            PdfContentByte canvas = flow.canvas();
            canvas.saveState();
            canvas.setColorFill(theme.primary());
            canvas.rectangle(flow.left(), bottom, flow.width(), top - bottom);
            canvas.fill();
            canvas.restoreState();
        });
        flow.canvas().localDestination(anchor, new org.openpdf.text.pdf.PdfDestination(
                org.openpdf.text.pdf.PdfDestination.FITH, top));
        PdfStructureElement h1 = tags.element(fiche, Tagging.H1, textLanguage);
        flow.textAt(h1, title, 28, left, right, titleTop, Element.ALIGN_LEFT);
        if (feminine.isPresent()) {
            labelled(fiche, m.get("brochure.feminine"), feminine.get(), Style.BAND_SMALL, left, afterTitle + 2);
        }
        labelled(fiche, m.get("brochure.guideLabel"), profile.guide(), Style.BAND_GUIDE, left, guideY);
        labelled(fiche, m.get("brochure.romeLabel", profile.rome().code()),
                context.codes().romeLabel(profile.rome(), profile.romeVersion()).orElse(""), Style.BAND_SMALL, left,
                codesY);
        if (profile.fap().isPresent()) {
            labelled(fiche, m.get("brochure.fapLabel", profile.fap().get().code()),
                    context.codes().fapLabel(profile.fap().get()).orElse(""), Style.BAND_SMALL, left, codesY - 13);
        }
        if (theme.logoPng() != null) {
            Image logo = Image.getInstance(theme.logoPng());
            logo.scaleToFit(logoWidth - PAD, top - bottom - 2 * PAD);
            logo.setAbsolutePosition(flow.right() - PAD - logo.getScaledWidth(),
                    top - PAD - logo.getScaledHeight());
            PdfStructureElement figure = tags.figure(fiche, m.get("brochure.logo", theme.organisation()),
                    new Rectangle(logo.getAbsoluteX(), logo.getAbsoluteY(), logo.getAbsoluteX()
                            + logo.getScaledWidth(), logo.getAbsoluteY() + logo.getScaledHeight()));
            tags.content(figure, () -> addImage(logo));
        }
        flow.down(top - bottom + 10);
    }

    private void addImage(Image image) {
        try {
            flow.canvas().addImage(image);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A white line on the band: a label in the labels' language, then a value from the catalog in the texts'
     * language.
     */
    private void labelled(PdfStructureElement parent, String label, String value, Style style, float x, float y) {
        Locale locale = context.messages().locale();
        String separator = value.isEmpty() ? "" : " · ";
        flow.labelled(parent, fonts.white((style == Style.BAND_GUIDE ? label.toUpperCase(locale) : label) + separator,
                style),
                fonts.white(style == Style.BAND_GUIDE ? value.toUpperCase(locale) : value, style),
                context.textLanguage(), style.size * 1.3f, x, flow.right() - PAD, y + style.size * 1.3f);
    }

    /** The key facts, as a table: a header cell and its value per row. */
    void facts(PdfStructureElement fiche, Fiche profile) throws Exception {
        Messages m = context.messages();
        PdfStructureElement table = tags.element(fiche, Tagging.TABLE);
        float top = flow.y();
        float cellWidth = (flow.width() - 2 * CELL_GAP) / 3;
        String unknown = m.get("fact.unknown");
        Fact[] facts = {
            new Fact(m.get("brochure.fact.educationLevel"), profile.educationLevel().map(l -> m.get(l.messageKey()))
                    .orElse(unknown), null, 0),
            new Fact(m.get("fact.recommendedBac"), profile.recommendedBac().orElse(unknown),
                    profile.recommendedBac().isPresent() ? context.textLanguage() : null, 0),
            new Fact(m.get("fact.startingSalary"), salary(profile.salary().starting()), null, 0),
            new Fact(m.get("fact.employability"), profile.employability().map(e -> m.get(e.messageKey()))
                    .orElse(unknown), null, profile.employability().map(e -> e.step()).orElse(0)),
            new Fact(m.get("fact.mobility"), profile.mobility().map(e -> m.get(e.messageKey())).orElse(unknown),
                    null, profile.mobility().map(e -> e.step()).orElse(0)),
            new Fact(m.get("fact.experiencedSalary"), salary(profile.salary().experienced()), null, 0)};
        for (int i = 0; i < facts.length; i++) {
            float x = flow.left() + (i % 3) * (cellWidth + CELL_GAP);
            float y = top - (i / 3) * (CELL_HEIGHT + CELL_GAP);
            cell(table, facts[i], x, y, cellWidth);
        }
        flow.down(2 * CELL_HEIGHT + CELL_GAP + 12);
    }

    /** A fact's label, its value in words, the language of that value, and its gauge step (0: no gauge). */
    private record Fact(String label, String value, String language, int step) {
    }

    private void cell(PdfStructureElement table, Fact fact, float x, float top, float width) {
        tags.artifact(() -> {
            PdfContentByte canvas = flow.canvas();
            canvas.saveState();
            canvas.setColorFill(BrochureFonts.PANEL);
            canvas.rectangle(x, top - CELL_HEIGHT, width, CELL_HEIGHT);
            canvas.fill();
            canvas.restoreState();
        });
        PdfStructureElement row = tags.element(table, Tagging.TR);
        PdfStructureElement header = tags.header(row, "Row");
        flow.textAt(header, fonts.phrase(fact.label().toUpperCase(context.messages().locale()), Style.LABEL), 10,
                x + 8, x + width - 4, top - 4, Element.ALIGN_LEFT);
        PdfStructureElement value = tags.element(row, Tagging.TD);
        float valueTop = top - 19;
        if (fact.step() == 0) {
            PdfStructureElement text = tags.element(value, Tagging.P, fact.language());
            flow.textAt(text, fonts.phrase(fact.value(), Style.VALUE), 15, x + 8, x + width - 4, valueTop,
                    Element.ALIGN_LEFT);
            return;
        }
        String alternative = context.messages().get("brochure.gauge", fact.value(), fact.step());
        PdfStructureElement figure = tags.figure(value, alternative, new Rectangle(x + 8, valueTop - 15,
                x + width - 4, valueTop));
        tags.content(figure, () -> gauge(fact, x + 8, valueTop - 12));
    }

    /** Four squares, filled up to the step, outlined in the theme colour so that empty ones show; then the word. */
    private void gauge(Fact fact, float x, float y) {
        PdfContentByte canvas = flow.canvas();
        float box = 10;
        float gap = 3;
        canvas.saveState();
        canvas.setColorStroke(context.theme().primary());
        canvas.setColorFill(context.theme().primary());
        canvas.setLineWidth(1);
        for (int i = 0; i < 4; i++) {
            canvas.roundRectangle(x + i * (box + gap) + 0.5f, y + 0.5f, box - 1, box - 1, 1.5f);
            if (i < fact.step()) {
                canvas.fillStroke();
            }
            else {
                canvas.stroke();
            }
        }
        canvas.restoreState();
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, fonts.phrase(fact.value(), Style.VALUE),
                x + 4 * (box + gap) + 6, y + 0.5f, 0);
    }

    private String salary(Optional<BigDecimal> known) {
        Messages m = context.messages();
        return known.map(amount -> Euros.format(amount, m.locale()) + " " + m.get("fact.perMonth"))
                .orElse(m.get("fact.unknown"));
    }
}
