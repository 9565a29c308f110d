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

    static final float LEADING = 13.5f;
    /** The leading of a fiche that would spill a little onto a third page: it then fits one sheet. */
    static final float COMPACT_LEADING = 11.8f;
    private static final float HEADING_HEIGHT = 36;
    /** Room on a page between the margins, less what keeping blocks together leaves at page ends. */
    private static final float PAGE_ROOM = (842 - BrochureRenderer.MARGIN - BrochureRenderer.BOTTOM) * 0.97f;
    /** Beyond this many characters a fiche takes more than two pages whatever its leading: not estimated. */
    private static final int LONG_TEXT = 9000;

    private final BrochureContext context;
    private final BrochureFonts fonts;
    private final PageFlow flow;
    private final Tagging tags;
    private final String textLanguage;
    private float leading = LEADING;

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
        leading = fitsTwoPagesOnlyCompact(fiche) ? COMPACT_LEADING : LEADING;
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
                // "Devenir développeur back-end" reads well; "Becoming développeur back-end" mixes two languages:
                // where the labels are not in the title's language, the heading does without the title.
                String key = section == Section.BECOMING && textLanguage != null ? "brochure.section.becoming"
                        : section.headingKey();
                heading(sect, m.get(key, FrenchSpacing.inSentence(fiche.title(), m.locale())),
                        outline, anchor + "-" + section.name().toLowerCase(), 3 * leading);
                if (hasText) {
                    body(sect, fiche.section(section), 0, Style.BODY);
                }
                if (hasList) {
                    list(sect, fiche.qualities(), 2);
                }
            }
            if (section == Section.ACCESS && !fiche.details().formations().isEmpty()) {
                heading(sect, m.get("brochure.formations"), outline, anchor + "-formations", 2 * leading);
                list(sect, fiche.details().formations(), 1);
            }
        }
        if (!fiche.details().relatedProfessions().isEmpty()) {
            heading(sect, m.get("brochure.related"), outline, anchor + "-related", 2 * leading);
            list(sect, fiche.details().relatedProfessions(), 2);
        }
        if (!fiche.faq().isEmpty()) {
            heading(sect, m.get("section.faq"), outline, anchor + "-faq", 4 * leading);
            for (FaqEntry entry : fiche.faq()) {
                flow.keep(4 * leading);
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

    /**
     * Whether the fiche would take a third page at the usual leading but fits two at the compact one: estimated
     * from its texts' heights, so that a brochure and the same fiche in a booklet always agree.
     */
    boolean fitsTwoPagesOnlyCompact(Fiche fiche) {
        int characters = fiche.sections().values().stream().mapToInt(String::length).sum()
                + fiche.faq().stream().mapToInt(e -> e.question().length() + e.answer().length()).sum();
        if (characters > LONG_TEXT) {
            return false;
        }
        float normal = estimatedHeight(fiche, LEADING);
        float compact = estimatedHeight(fiche, COMPACT_LEADING);
        return normal > 2 * PAGE_ROOM && compact <= 2 * PAGE_ROOM;
    }

    /** What a heading takes: less in a compact fiche. */
    private static float headingHeight(float lineHeight) {
        return lineHeight == COMPACT_LEADING ? 28 : HEADING_HEIGHT;
    }

    private float estimatedHeight(Fiche fiche, float lineHeight) {
        float width = flow.width();
        float headingHeight = headingHeight(lineHeight);
        float height = 230 + (fiche.salary().starting().isPresent() || fiche.salary().experienced().isPresent()
                ? headingHeight + SalaryChart.HEIGHT + 6 : 0);
        for (String text : fiche.sections().values()) {
            height += headingHeight + paragraphsHeight(text, width, lineHeight, Style.BODY);
        }
        height += ((fiche.qualities().size() + 1) / 2) * (lineHeight + 2) + (fiche.qualities().isEmpty() ? 0 : 4);
        height += fiche.details().formations().size() * (lineHeight + 2)
                + (fiche.details().formations().isEmpty() ? 0 : headingHeight);
        height += ((fiche.details().relatedProfessions().size() + 1) / 2) * (lineHeight + 2)
                + (fiche.details().relatedProfessions().isEmpty() ? 0 : headingHeight);
        if (!fiche.faq().isEmpty()) {
            height += headingHeight;
            for (FaqEntry entry : fiche.faq()) {
                height += 3 + paragraphsHeight(entry.question(), width, lineHeight, Style.BODY_BOLD)
                        + paragraphsHeight(entry.answer(), width - 12, lineHeight, Style.BODY);
            }
        }
        if (!fiche.details().links().isEmpty()) {
            height += headingHeight + Math.max(LinkList.HEIGHT, fiche.details().links().size() * 36);
        }
        return height + (fiche.details().source().isPresent() || fiche.details().factsDate().isPresent() ? 40 : 0);
    }

    private float paragraphsHeight(String text, float width, float lineHeight, Style style) {
        float height = 0;
        for (String paragraph : text.split("\n+")) {
            if (!paragraph.isBlank()) {
                height += flow.height(fonts.phrase(paragraph.strip(), style), width, lineHeight) + 3;
            }
        }
        return height;
    }

    /** A section heading with a rule, moved to the next page with what must follow it when too little is left. */
    private void heading(PdfStructureElement sect, String text, PdfOutline outline, String name, float room) {
        boolean compact = leading == COMPACT_LEADING;
        flow.keep(headingHeight(leading) + room);
        flow.down(compact ? 3 : 6);
        PdfContentByte canvas = flow.canvas();
        canvas.localDestination(name, new PdfDestination(PdfDestination.FITH, flow.y() + 8));
        PdfStructureElement h2 = tags.element(sect, Tagging.H2);
        flow.text(h2, fonts.phrase(text, Style.HEADING), compact ? 15 : 16, 0);
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
        flow.down(compact ? 5 : 8);
        new PdfOutline(outline, PdfAction.gotoLocalPage(name, false), text, false);
    }

    /** Paragraphs of the catalog's text, one per line of the stored text, in its language. */
    private void body(PdfStructureElement sect, String text, float indent, Style style) {
        for (String paragraphText : text.split("\n+")) {
            if (paragraphText.isBlank()) {
                continue;
            }
            flow.keep(2 * leading);
            PdfStructureElement paragraph = tags.element(sect, Tagging.P, textLanguage);
            flow.text(paragraph, fonts.phrase(paragraphText.strip(), style), leading, indent);
            flow.down(3);
        }
    }

    /** A list of short items of the catalog, in one or two columns, each with a bullet (an artifact). */
    private void list(PdfStructureElement sect, List<String> items, int columns) {
        PdfStructureElement list = tags.element(sect, Tagging.L, textLanguage);
        float columnWidth = flow.width() / columns;
        // A short list stays on one page.
        int rows = (items.size() + columns - 1) / columns;
        flow.keep(Math.min(rows, 6) * (leading + 2));
        for (int i = 0; i < items.size(); i += columns) {
            flow.keep(leading + 2);
            float top = flow.y();
            float lowest = top;
            for (int c = 0; c < columns && i + c < items.size(); c++) {
                float x = flow.left() + c * columnWidth;
                float baseline = top - leading + 1;
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
                float end = flow.textAt(body, fonts.phrase(items.get(i + c), Style.BODY), leading, x + 13,
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
        flow.keep(3 * leading);
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
