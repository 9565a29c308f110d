package fr.fichesmetiers.brochure;

import java.util.List;

import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfStructureElement;

import fr.fichesmetiers.brochure.BrochureFonts.Style;
import fr.fichesmetiers.fiche.Link;
import fr.fichesmetiers.support.Messages;

import io.nayuki.qrcodegen.QrCode;

/**
 * "Pour en savoir plus": each link as a list item, its label and address clickable, and a QR code of the first
 * one for a reader of the paper copy.
 */
final class LinkList {

    /** What the list needs at least: a QR code's height. */
    static final float HEIGHT = 76;
    private static final float QR_SIZE = 68;

    private final BrochureContext context;
    private final BrochureFonts fonts;
    private final PageFlow flow;
    private final Tagging tags;

    LinkList(BrochureContext context, BrochureFonts fonts, PageFlow flow) {
        this.context = context;
        this.fonts = fonts;
        this.flow = flow;
        this.tags = flow.tags();
    }

    void draw(PdfStructureElement sect, List<Link> links) {
        Messages m = context.messages();
        float top = flow.y();
        float textRight = flow.right() - QR_SIZE - 16;
        PdfStructureElement list = tags.element(sect, Tagging.L);
        for (Link link : links) {
            flow.keep(2 * FicheComposer.LEADING + 4);
            PdfStructureElement item = tags.element(list, Tagging.LI);
            PdfStructureElement body = tags.element(item, Tagging.LBODY, context.textLanguage());
            float start = flow.y();
            float left = flow.left() + 13;
            Chunk label = new Chunk(FrenchSpacing.glue(link.label()), fonts.linkFont());
            label.setUnderline(0.6f, -1.5f);
            float width = Math.min(textRight - left, Math.max(fonts.linkFont().getBaseFont().getWidthPoint(
                    link.label(), Style.BODY.size), fonts.font(Style.SMALL).getBaseFont().getWidthPoint(
                    printed(link.url()), Style.SMALL.size)));
            float[] end = new float[1];
            float height = flow.height(new Phrase(label), textRight - left, FicheComposer.LEADING) + 12;
            tags.link(body, new PdfAction(link.url()), m.get("brochure.linkTo", link.label(), link.url()), () -> {
                float y = flow.draw(new Phrase(label), FicheComposer.LEADING, left, textRight, start,
                        Element.ALIGN_LEFT, 0);
                end[0] = flow.draw(fonts.phrase(printed(link.url()), Style.SMALL), 12, left, textRight, y,
                        Element.ALIGN_LEFT, 0);
            }, new Rectangle(left - 2, start - height - 2, left + width + 2, start));
            flow.down(start - end[0] + 5);
        }
        if (top - flow.y() < HEIGHT && flow.y() < top) {
            flow.down(HEIGHT - (top - flow.y()));
        }
        float qrTop = flow.y() < top ? top : flow.y();
        qr(sect, links.get(0), flow.right() - QR_SIZE, qrTop - QR_SIZE - 4);
    }

    /** An address as printed: without its scheme, which nobody types. */
    static String printed(String url) {
        return url.replaceFirst("^https?://", "");
    }

    private void qr(PdfStructureElement sect, Link link, float x, float y) {
        QrCode code = QrCode.encodeText(link.url(), QrCode.Ecc.MEDIUM);
        float module = QR_SIZE / (code.size + 2);
        PdfStructureElement figure = tags.figure(sect, context.messages().get("brochure.qr", link.url()),
                new Rectangle(x, y, x + QR_SIZE, y + QR_SIZE));
        tags.content(figure, () -> {
            PdfContentByte canvas = flow.canvas();
            canvas.saveState();
            canvas.setColorFill(BrochureFonts.TEXT);
            for (int row = 0; row < code.size; row++) {
                for (int col = 0; col < code.size; col++) {
                    if (code.getModule(col, row)) {
                        canvas.rectangle(x + (col + 1) * module, y + QR_SIZE - (row + 2) * module, module, module);
                    }
                }
            }
            canvas.fill();
            canvas.restoreState();
        });
    }
}
