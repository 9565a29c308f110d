package fr.fichesmetiers.brochure;

import java.awt.Color;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

import fr.fichesmetiers.brochure.BrochureFonts.Style;
import fr.fichesmetiers.support.Messages;

/** The cover of a booklet: a full-bleed band in the theme colour with the guide's name, and the catalog date. */
final class BookletCover {

    private final BrochureContext context;
    private final BrochureFonts fonts;

    BookletCover(BrochureContext context, BrochureFonts fonts) {
        this.context = context;
        this.fonts = fonts;
    }

    void draw(Document document, PdfWriter writer, String guide, int profiles, String date) throws Exception {
        Messages m = context.messages();
        PdfContentByte canvas = writer.getDirectContentUnder();
        float width = document.getPageSize().getWidth();
        float height = document.getPageSize().getHeight();
        float bandBottom = height * 0.42f;
        canvas.saveState();
        canvas.setColorFill(context.theme().primary());
        canvas.rectangle(0, bandBottom, width, height - bandBottom);
        canvas.fill();
        canvas.setColorFill(context.theme().tint(0.85));
        canvas.rectangle(0, bandBottom - 8, width, 8);
        canvas.fill();
        canvas.restoreState();
        PdfContentByte text = writer.getDirectContent();
        float left = document.left();
        show(text, fonts.white(context.theme().organisation().toUpperCase(m.locale()), Style.BAND_GUIDE), left,
                height - 70);
        show(text, fonts.white(m.get("booklet.kicker").toUpperCase(m.locale()), Style.COVER_TEXT), left,
                bandBottom + 120);
        ColumnText title = new ColumnText(text);
        title.setSimpleColumn(left, bandBottom + 30, document.right(), bandBottom + 112);
        title.addText(fonts.white(guide, Style.COVER_TITLE));
        title.setLeading(38);
        title.go();
        show(text, fonts.phrase(m.get("booklet.count", String.valueOf(profiles)), Style.COVER_TEXT), left,
                bandBottom - 50);
        show(text, fonts.phrase(m.get("booklet.date", date), Style.COVER_TEXT), left, bandBottom - 70);
        if (context.theme().logoPng() != null) {
            Image logo = Image.getInstance(context.theme().logoPng());
            logo.scaleToFit(120, 60);
            logo.setAbsolutePosition(document.right() - logo.getScaledWidth(), height - 90);
            text.addImage(logo);
        }
        text.setColorFill(Color.BLACK);
        // Something must be added for the page to exist: the cover is all direct content.
        document.add(new org.openpdf.text.Paragraph(fonts.phrase(" ", Style.BODY)));
    }

    private static void show(PdfContentByte canvas, org.openpdf.text.Phrase phrase, float x, float y) {
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase, x, y, 0);
    }
}
