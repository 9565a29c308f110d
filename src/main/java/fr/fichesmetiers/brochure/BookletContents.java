package fr.fichesmetiers.brochure;

import java.util.ArrayList;
import java.util.List;

import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfTemplate;

import fr.fichesmetiers.brochure.BrochureFonts.Style;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.support.Euros;
import fr.fichesmetiers.support.Messages;

/**
 * A booklet's contents: per profile its title, level and starting salary and the page it starts on, the whole line
 * a link to that page. Page numbers are templates filled once the profiles are laid out.
 */
final class BookletContents {

    private static final float LEADING = 14;
    private final BrochureContext context;
    private final BrochureFonts fonts;
    private final PageFlow flow;
    private final Tagging tags;
    private final List<PdfTemplate> numbers = new ArrayList<>();
    private final List<Integer> firstPages = new ArrayList<>();

    BookletContents(BrochureContext context, BrochureFonts fonts, PageFlow flow) {
        this.context = context;
        this.fonts = fonts;
        this.flow = flow;
        this.tags = flow.tags();
    }

    private float levelX() {
        return flow.left() + flow.width() * 0.58f;
    }

    private float salaryRight() {
        return flow.right() - 60;
    }

    void draw(List<FicheSummary> fiches) {
        Messages m = context.messages();
        PdfStructureElement sect = tags.element(tags.root(), Tagging.SECT);
        PdfStructureElement heading = tags.element(sect, Tagging.H2);
        flow.text(heading, fonts.phrase(m.get("booklet.contents"), Style.TOC_HEADING), 24, 0);
        flow.down(12);
        columnHeads(sect, m);
        PdfStructureElement list = tags.element(sect, Tagging.L);
        for (FicheSummary fiche : fiches) {
            line(list, fiche, m);
        }
    }

    private void columnHeads(PdfStructureElement sect, Messages m) {
        PdfStructureElement heads = tags.element(sect, Tagging.P);
        float y = flow.y() - LEADING;
        PdfContentByte canvas = flow.canvas();
        tags.content(heads, () -> {
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, label(m.get("booklet.column.profession")),
                    flow.left(), y, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, label(m.get("booklet.column.level")), levelX(),
                    y, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, label(m.get("booklet.column.salary")),
                    salaryRight(), y, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, label(m.get("booklet.column.page")),
                    flow.right(), y, 0);
        });
        tags.artifact(() -> rule(y - 6));
        flow.down(LEADING + 12);
    }

    private Phrase label(String text) {
        return fonts.phrase(text.toUpperCase(context.messages().locale()), Style.LABEL);
    }

    private void rule(float y) {
        PdfContentByte canvas = flow.canvas();
        canvas.saveState();
        canvas.setColorStroke(BrochureFonts.MUTED);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(flow.left(), y);
        canvas.lineTo(flow.right(), y);
        canvas.stroke();
        canvas.restoreState();
    }

    private void line(PdfStructureElement list, FicheSummary fiche, Messages m) {
        Phrase title = fonts.phrase(FrenchSpacing.capitalised(fiche.title(), m.locale()), Style.TOC);
        float titleRight = levelX() - 12;
        float height = flow.height(title, titleRight - flow.left(), LEADING) + 7;
        flow.keep(height);
        float top = flow.y();
        String level = fiche.educationLevel().map(l -> m.get(l.messageKey())).orElse(m.get("fact.unknown"));
        String salary = fiche.salary().starting().map(s -> Euros.format(s, m.locale())).orElse(m.get("fact.unknown"));
        PdfTemplate number = flow.canvas().createTemplate(40, LEADING);
        numbers.add(number);
        PdfStructureElement item = tags.element(list, Tagging.LI);
        PdfStructureElement body = tags.element(item, Tagging.LBODY, context.textLanguage());
        float baseline = top - LEADING;
        tags.link(body, PdfAction.gotoLocalPage(fiche.id(), false),
                m.get("booklet.contentsLine", fiche.title(), level, salary, ""), () -> {
                    PdfContentByte canvas = flow.canvas();
                    flow.draw(title, LEADING, flow.left(), titleRight, top, Element.ALIGN_LEFT, 0);
                    ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, fonts.phrase(level, Style.TOC), levelX(),
                            baseline, 0);
                    ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, fonts.phrase(salary, Style.TOC),
                            salaryRight(), baseline, 0);
                    canvas.addTemplate(number, flow.right() - 40, baseline - 3);
                }, new Rectangle(flow.left(), top - height + 2, flow.right(), top));
        tags.artifact(() -> {
            PdfContentByte canvas = flow.canvas();
            canvas.saveState();
            canvas.setColorStroke(context.theme().tint(0.7));
            canvas.setLineWidth(0.4f);
            canvas.moveTo(flow.left(), top - height + 2);
            canvas.lineTo(flow.right(), top - height + 2);
            canvas.stroke();
            canvas.restoreState();
        });
        flow.down(height);
    }

    /** The page the profile at {@code index} starts on. */
    void starts(int index, int page) {
        while (firstPages.size() <= index) {
            firstPages.add(0);
        }
        firstPages.set(index, page);
    }

    /** Writes the page numbers, once every profile is laid out. */
    void fill() {
        for (int i = 0; i < numbers.size(); i++) {
            PdfTemplate number = numbers.get(i);
            number.beginText();
            number.setColorFill(BrochureFonts.TEXT);
            number.setFontAndSize(fonts.regularBase(), Style.TOC.size);
            number.showTextAligned(Element.ALIGN_RIGHT, String.valueOf(firstPages.get(i)), 40, 3, 0);
            number.endText();
        }
    }
}
