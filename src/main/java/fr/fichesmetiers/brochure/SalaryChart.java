package fr.fichesmetiers.brochure;

import java.awt.Color;
import java.math.BigDecimal;

import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

import fr.fichesmetiers.fiche.SalaryRange;
import fr.fichesmetiers.support.Euros;
import fr.fichesmetiers.support.Messages;

/**
 * The salary graphic: a bar from the starting to the experienced salary on the catalog's shared axis, with the
 * SMIC marked, drawn as vectors.
 */
final class SalaryChart {

    static final Color SMIC_RED = new Color(0xB0, 0x3A, 0x2E);
    private static final float HEIGHT = 82;
    private static final float AXIS_Y = 14;
    private static final float BAR_Y = 20;
    private static final float BAR_HEIGHT = 12;
    private static final float RIGHT_ROOM = 24;

    private SalaryChart() {
    }

    /** @param salary both amounts known ({@link SalaryRange#isComplete()}) */
    static Image draw(PdfContentByte canvas, float width, SalaryRange salary, BrochureContext context,
            BrochureFonts fonts) {
        PdfTemplate t = canvas.createTemplate(width, HEIGHT);
        SalaryScale scale = context.scale();
        Messages m = context.messages();
        float axis = width - RIGHT_ROOM;
        BaseFont regular = fonts.regularBase();
        BaseFont bold = fonts.boldBase();
        // Axis and ticks.
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
            text(t, regular, 7, BrochureFonts.MUTED, Euros.format(BigDecimal.valueOf(amount), m.locale()), x, 4,
                    amount == 0 ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
        }
        // The bar, from starting to experienced salary: each dot centred on its amount, each labelled above it.
        float radius = BAR_HEIGHT / 2;
        BigDecimal starting = salary.starting().orElseThrow();
        BigDecimal experienced = salary.experienced().orElseThrow();
        float start = scale.position(starting, axis);
        float end = scale.position(experienced, axis);
        float smic = scale.position(scale.smic(), axis);
        t.setColorFill(context.theme().tint(0.55));
        t.roundRectangle(start - radius, BAR_Y, end - start + BAR_HEIGHT, BAR_HEIGHT, radius);
        t.fill();
        // A white ring keeps two dots apart when the salaries are close.
        t.setColorFill(context.theme().primary());
        t.setColorStroke(Color.WHITE);
        t.setLineWidth(1.2f);
        t.circle(start, BAR_Y + radius, radius);
        t.fillStroke();
        t.circle(end, BAR_Y + radius, radius);
        t.fillStroke();
        String startLabel = m.get("brochure.chart.start", Euros.format(starting, m.locale()));
        String endLabel = m.get("brochure.chart.experienced", Euros.format(experienced, m.locale()));
        float labelY = BAR_Y + BAR_HEIGHT + 5;
        // The starting label never touches the SMIC line, which it is always at or right of.
        float startLabelX = Math.max(start - radius, smic + 4);
        float startLabelEnd = startLabelX + bold.getWidthPoint(startLabel, 8.5f);
        boolean crowded = startLabelEnd + 10 > end + radius - bold.getWidthPoint(endLabel, 8.5f);
        text(t, bold, 8.5f, BrochureFonts.TEXT, startLabel, startLabelX, labelY, Element.ALIGN_LEFT);
        if (!crowded) {
            text(t, bold, 8.5f, BrochureFonts.TEXT, endLabel, end + radius, labelY, Element.ALIGN_RIGHT);
        }
        else if (end + radius + 6 + bold.getWidthPoint(endLabel, 8.5f) <= width) {
            // A short bar: the experienced label goes after its end, on the bar's line.
            text(t, bold, 8.5f, BrochureFonts.TEXT, endLabel, end + radius + 6, BAR_Y + 3, Element.ALIGN_LEFT);
        }
        else {
            text(t, bold, 8.5f, BrochureFonts.TEXT, endLabel, end + radius, labelY + 12, Element.ALIGN_RIGHT);
        }
        // The SMIC marker, dashed, labelled above the bar.
        t.setColorStroke(SMIC_RED);
        t.setLineWidth(0.9f);
        t.setLineDash(2.5f, 2f, 0);
        t.moveTo(smic, AXIS_Y);
        t.lineTo(smic, HEIGHT - 12);
        t.stroke();
        t.setLineDash(0);
        String smicLabel = m.get("brochure.chart.smic", Euros.format(scale.smic(), m.locale()));
        float smicLabelX = Math.max(0, smic - bold.getWidthPoint(smicLabel, 7.5f) - 4);
        text(t, bold, 7.5f, SMIC_RED, smicLabel, smicLabelX, HEIGHT - 9, Element.ALIGN_LEFT);
        Image image = Image.getInstance(t);
        image.setAlignment(Element.ALIGN_LEFT);
        return image;
    }

    private static void text(PdfTemplate t, BaseFont font, float size, Color color, String text, float x, float y,
            int align) {
        t.beginText();
        t.setColorFill(color);
        t.setFontAndSize(font, size);
        t.showTextAligned(align, text, x, y, 0);
        t.endText();
    }
}
