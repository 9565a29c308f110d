package fr.fichesmetiers.brochure;

import java.util.List;

import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfStructureElement;

import fr.fichesmetiers.brochure.BrochureFonts.Style;
import fr.fichesmetiers.fiche.FaqEntry;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.Section;
import fr.fichesmetiers.support.LongDates;
import fr.fichesmetiers.support.Messages;

/**
 * Lays one fiche out from the cursor of a {@link PageFlow}, as a {@code Sect} of the document's structure: header
 * band and key facts, salary chart, the sections in the seed's order (empty ones left out), the courses and
 * related professions, the FAQ, the links, and where the facts come from. Each heading gets a bookmark.
 */
final class FicheComposer {

    static final float LEADING = 14.5f;
    private static final float HEADING_HEIGHT = 36;

    private final BrochureContext context;
    private final BrochureFonts fonts;
    private final PageFlow flow;
    private final Tagging tags;
    private final String textLanguage;

    FicheComposer(BrochureContext context, BrochureFonts fonts, PageFlow flow) {
        this.context = context;
        this.fonts = fonts;
        this.flow = flow;
        this.tags = flow.tags();
        this.textLanguage = context.textLanguage();
    }

    /** @param outline where the sections' bookmarks go */
    void compose(Fiche fiche, PdfStructureElement parent, PdfOutline outline, String anchor) throws Exception {
        Messages m = context.messages();
        PdfStructureElement sect = tags.element(parent, Tagging.SECT);
        FicheHeader header = new FicheHeader(context, fonts, flow);
        header.band(sect, fiche, anchor);
        header.facts(sect, fiche);
        if (fiche.salary().starting().isPresent() || fiche.salary().experienced().isPresent()) {
            heading(sect, m.get("fact.salaries"), outline, anchor + "-salary-chart", SalaryChart.HEIGHT);
            SalaryChart.draw(flow, sect, fiche.salary(), context, fonts);
        }
        for (Section section : Section.values()) {
            boolean hasText = fiche.sections().containsKey(section);
            boolean hasList = section == Section.QUALITIES && !fiche.qualities().isEmpty();
            if (hasText || hasList) {
                String key = section == Section.BECOMING ? "brochure.section.becoming" : section.headingKey();
                heading(sect, m.get(key, FrenchSpacing.inSentence(fiche.title(), m.locale())),
                        outline, anchor + "-" + section.name().toLowerCase(), 3 * LEADING);
                if (hasText) {
                    body(sect, fiche.section(section), 0, Style.BODY);
                }
                if (hasList) {
                    list(sect, fiche.qualities(), 2);
                }
            }
            if (section == Section.ACCESS && !fiche.details().formations().isEmpty()) {
                heading(sect, m.get("brochure.formations"), outline, anchor + "-formations", 2 * LEADING);
                list(sect, fiche.details().formations(), 1);
            }
        }
        if (!fiche.details().relatedProfessions().isEmpty()) {
            heading(sect, m.get("brochure.related"), outline, anchor + "-related", 2 * LEADING);
            list(sect, fiche.details().relatedProfessions(), 2);
        }
        if (!fiche.faq().isEmpty()) {
            heading(sect, m.get("section.faq"), outline, anchor + "-faq", 4 * LEADING);
            for (FaqEntry entry : fiche.faq()) {
                flow.keep(4 * LEADING);
                flow.down(3);
                body(sect, entry.question(), 0, Style.BODY_BOLD);
                body(sect, entry.answer(), 12, Style.BODY);
            }
        }
        if (!fiche.details().links().isEmpty()) {
            heading(sect, m.get("brochure.more"), outline, anchor + "-more", LinkList.HEIGHT);
            new LinkList(context, fonts, flow).draw(sect, fiche.details().links());
        }
        sources(sect, fiche);
    }

    /** A section heading with a rule, moved to the next page with what must follow it when too little is left. */
    private void heading(PdfStructureElement sect, String text, PdfOutline outline, String name, float room) {
        flow.keep(HEADING_HEIGHT + room);
        flow.down(8);
        PdfContentByte canvas = flow.canvas();
        canvas.localDestination(name, new PdfDestination(PdfDestination.FITH, flow.y() + 8));
        PdfStructureElement h2 = tags.element(sect, Tagging.H2);
        flow.text(h2, fonts.phrase(text, Style.HEADING), 17, 0);
        float ruleY = flow.y() - 4;
        tags.artifact(() -> {
            canvas.saveState();
            canvas.setColorStroke(context.theme().tint(0.3));
            canvas.setLineWidth(0.8f);
            canvas.moveTo(flow.left(), ruleY);
            canvas.lineTo(flow.right(), ruleY);
            canvas.stroke();
            canvas.restoreState();
        });
        flow.down(9);
        new PdfOutline(outline, PdfAction.gotoLocalPage(name, false), text, false);
    }

    /** Paragraphs of the catalog's text, one per line of the stored text, in its language. */
    private void body(PdfStructureElement sect, String text, float indent, Style style) {
        for (String paragraphText : text.split("\n+")) {
            if (paragraphText.isBlank()) {
                continue;
            }
            flow.keep(2 * LEADING);
            PdfStructureElement paragraph = tags.element(sect, Tagging.P, textLanguage);
            flow.text(paragraph, fonts.phrase(paragraphText.strip(), style), LEADING, indent);
            flow.down(4);
        }
    }

    /** A list of short items of the catalog, in one or two columns, each with a bullet (an artifact). */
    private void list(PdfStructureElement sect, List<String> items, int columns) {
        PdfStructureElement list = tags.element(sect, Tagging.L, textLanguage);
        float columnWidth = flow.width() / columns;
        // A short list stays on one page.
        int rows = (items.size() + columns - 1) / columns;
        flow.keep(Math.min(rows, 6) * (LEADING + 2));
        for (int i = 0; i < items.size(); i += columns) {
            flow.keep(LEADING + 2);
            float top = flow.y();
            float lowest = top;
            for (int c = 0; c < columns && i + c < items.size(); c++) {
                float x = flow.left() + c * columnWidth;
                float baseline = top - LEADING + 1;
                tags.artifact(() -> {
                    PdfContentByte canvas = flow.canvas();
                    canvas.saveState();
                    canvas.setColorFill(context.theme().primary());
                    canvas.circle(x + 4, baseline + 3.5f, 2.2f);
                    canvas.fill();
                    canvas.restoreState();
                });
                PdfStructureElement item = tags.element(list, Tagging.LI);
                PdfStructureElement body = tags.element(item, Tagging.LBODY);
                float end = flow.textAt(body, fonts.phrase(items.get(i + c), Style.BODY), LEADING, x + 13,
                        x + columnWidth - 8, top, Element.ALIGN_LEFT);
                lowest = Math.min(lowest, end);
            }
            flow.down(top - lowest + 2);
        }
        flow.down(4);
    }

    /** Where the facts come from and when they were checked, apart from the date the brochure was published. */
    private void sources(PdfStructureElement sect, Fiche fiche) {
        Messages m = context.messages();
        var details = fiche.details();
        if (details.factsDate().isEmpty() && details.source().isEmpty()) {
            return;
        }
        flow.keep(3 * LEADING);
        flow.down(10);
        if (details.factsDate().isPresent()) {
            PdfStructureElement date = tags.element(sect, Tagging.P);
            flow.text(date, fonts.phrase(m.get("brochure.factsDate", LongDates.format(details.factsDate().get(),
                    m.locale())), Style.SMALL), 12, 0);
        }
        if (details.source().isPresent()) {
            float end = flow.labelled(sect, fonts.phrase(m.get("brochure.source") + " ", Style.SMALL),
                    fonts.phrase(details.source().get(), Style.SMALL), textLanguage, 12, flow.left(), flow.right(),
                    flow.y());
            flow.down(flow.y() - end);
        }
    }
}
