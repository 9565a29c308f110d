package fr.fichesmetiers.brochure;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.Optional;

import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfStructureElement;

import fr.fichesmetiers.fiche.SalaryRange;
import fr.fichesmetiers.support.Euros;
import fr.fichesmetiers.support.LongDates;
import fr.fichesmetiers.support.Messages;

/**
 * The salary graphic, a figure with its text alternative: a bar from the starting to the experienced salary on the
 * catalog's shared axis (a single dot when only one is known), the SMIC marked with the day it came into force.
 * The SMIC line is drawn first, so that a dot on it stays in sight; two close salaries keep their dots apart.
 */
final class SalaryChart {

    /** 6.0:1 on white. */
    static final Color SMIC_RED = new Color(0xB0, 0x3A, 0x2E);
    static final float HEIGHT = 84;
    private static final float AXIS_Y = 14;
    private static final float BAR_Y = 22;
    private static final float BAR_HEIGHT = 12;
    private static final float RIGHT_ROOM = 24;
    private static final float LABEL = 9;
    private static final float SMALL = 8;

    private SalaryChart() {
    }

    /** @param salary at least one amount known */
    static void draw(PageFlow flow, PdfStructureElement parent, SalaryRange salary, BrochureContext context,
            BrochureFonts fonts) {
        Messages m = context.messages();
        SalaryScale scale = context.scale();
        String unknown = m.get("fact.unknown");
        String alternative = m.get("brochure.chart.alt", amount(salary.starting(), m).orElse(unknown),
                amount(salary.experienced(), m).orElse(unknown), Euros.format(scale.smic(), m.locale()),
                LongDates.format(scale.smicFrom(), m.locale()));
        float x0 = flow.left();
        float y0 = flow.y() - HEIGHT;
        PdfStructureElement figure = flow.tags().figure(parent, alternative, new Rectangle(x0, y0, flow.right(),
                flow.y()));
        flow.tags().content(figure, () -> {
            PdfContentByte canvas = flow.canvas();
            canvas.saveState();
            canvas.concatCTM(1, 0, 0, 1, x0, y0);
            paint(canvas, flow.width(), salary, context, fonts);
            canvas.restoreState();
        });
        flow.down(HEIGHT + 6);
    }

    private static Optional<String> amount(Optional<BigDecimal> amount, Messages m) {
        return amount.map(a -> Euros.format(a, m.locale()));
    }

    private static void paint(PdfContentByte t, float width, SalaryRange salary, BrochureContext context,
            BrochureFonts fonts) {
        SalaryScale scale = context.scale();
        Messages m = context.messages();
        float axis = width - RIGHT_ROOM;
        BaseFont regular = fonts.regularBase();
        BaseFont bold = fonts.boldBase();
        t.setColorStroke(BrochureFonts.MUTED);
        t.setLineWidth(0.6f);
        t.moveTo(0, AXIS_Y);
        t.lineTo(axis, AXIS_Y);
        t.stroke();
        for (int amount = 0; amount <= scale.max().intValue(); amount += scale.tickStep()) {
            float x = scale.position(BigDecimal.valueOf(amount), axis);
            t.moveTo(x, AXIS_Y - 3);
            t.lineTo(x, AXIS_Y);
            t.stroke();
            text(t, regular, SMALL, BrochureFonts.MUTED, Euros.format(BigDecimal.valueOf(amount), m.locale()), x, 3,
                    amount == 0 ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
        }
        // The SMIC first: what is drawn after it (the bar, the dots) stays in sight.
        float smic = scale.position(scale.smic(), axis);
        t.setColorStroke(SMIC_RED);
        t.setLineWidth(1);
        t.setLineDash(2.5f, 2f, 0);
        t.moveTo(smic, AXIS_Y);
        t.lineTo(smic, HEIGHT - 12);
        t.stroke();
        t.setLineDash(0);
        String smicLabel = m.get("brochure.chart.smicDated", Euros.format(scale.smic(), m.locale()),
                LongDates.format(scale.smicFrom(), m.locale()));
        float smicWidth = bold.getWidthPoint(smicLabel, SMALL);
        text(t, bold, SMALL, SMIC_RED, smicLabel, smic - smicWidth - 4 >= 0 ? smic - smicWidth - 4 : smic + 4,
                HEIGHT - 9, Element.ALIGN_LEFT);

        float radius = BAR_HEIGHT / 2;
        Optional<BigDecimal> starting = salary.starting();
        Optional<BigDecimal> experienced = salary.experienced();
        float start = scale.position(starting.or(() -> experienced).orElseThrow(), axis);
        float end = experienced.map(e -> scale.position(e, axis)).orElse(start);
        if (starting.isPresent() && experienced.isPresent()) {
            // Close salaries: their dots side by side rather than one over the other.
            end = Math.max(end, start + 2 * radius + 2);
        }
        t.setColorFill(context.theme().tint(0.3));
        t.roundRectangle(start - radius, BAR_Y, end - start + BAR_HEIGHT, BAR_HEIGHT, radius);
        t.fill();
        t.setColorFill(context.theme().primary());
        t.setColorStroke(Color.WHITE);
        t.setLineWidth(1.5f);
        t.circle(start, BAR_Y + radius, radius);
        t.fillStroke();
        if (end != start) {
            t.circle(end, BAR_Y + radius, radius);
            t.fillStroke();
        }
        float labelY = BAR_Y + BAR_HEIGHT + 5;
        String startLabel = starting.map(s -> m.get("brochure.chart.start", Euros.format(s, m.locale())))
                .orElse(null);
        String endLabel = experienced.map(e -> m.get("brochure.chart.experienced", Euros.format(e, m.locale())))
                .orElse(null);
        float startLabelEnd = start - radius;
        if (startLabel != null) {
            // Never across the SMIC line, which a starting salary is always at or right of.
            float x = Math.max(start - radius, smic + 4);
            text(t, bold, LABEL, BrochureFonts.TEXT, startLabel, x, labelY, Element.ALIGN_LEFT);
            startLabelEnd = x + bold.getWidthPoint(startLabel, LABEL);
        }
        if (endLabel != null) {
            float endWidth = bold.getWidthPoint(endLabel, LABEL);
            if (startLabel == null || startLabelEnd + 10 <= end + radius - endWidth) {
                text(t, bold, LABEL, BrochureFonts.TEXT, endLabel, end + radius, labelY, Element.ALIGN_RIGHT);
            }
            else if (end + radius + 6 + endWidth <= width) {
                text(t, bold, LABEL, BrochureFonts.TEXT, endLabel, end + radius + 6, BAR_Y + 3, Element.ALIGN_LEFT);
            }
            else {
                text(t, bold, LABEL, BrochureFonts.TEXT, endLabel, end + radius, labelY + 12, Element.ALIGN_RIGHT);
            }
        }
    }

    private static void text(PdfContentByte t, BaseFont font, float size, Color color, String text, float x, float y,
            int align) {
        t.beginText();
        t.setColorFill(color);
        t.setFontAndSize(font, size);
        t.showTextAligned(align, text, x, y, 0);
        t.endText();
    }
}
