package fr.fichesmetiers.brochure;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;

/**
 * The text styles of a brochure over one thread's fonts. Text is set in Lato; a character Lato lacks falls back
 * to DejaVu Sans, and one that neither has is reported by {@link #missingGlyphs}.
 */
final class BrochureFonts {

    /** The text styles, with their size and weight; colours come from the theme. */
    enum Style {
        BODY(10f), BODY_BOLD(10f), HEADING(13f), TITLE(24f), BAND_SMALL(9.5f),
        BAND_GUIDE(10f), LABEL(8f), VALUE(12f), SMALL(8.5f), SMALL_BOLD(8.5f), COVER_TITLE(34f), COVER_TEXT(13f),
        TOC(10.5f), TOC_HEADING(20f), SUBHEADING(11f);

        final float size;

        Style(float size) {
            this.size = size;
        }
    }

    /** Body text: 15.9:1 on white. */
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    /** Small labels and footers: 7.0:1 on white, 6.1:1 on {@link #PANEL} (WCAG asks 4.5:1 for text). */
    static final Color MUTED = new Color(0x59, 0x59, 0x59);
    /** The key-facts cells' background. */
    static final Color PANEL = new Color(0xEC, 0xF0, 0xF4);

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont fallback;
    private final FontFamily.Coverage regularCoverage;
    private final FontFamily.Coverage boldCoverage;
    private final FontFamily.Coverage fallbackCoverage;
    private final Map<Style, Font> fonts = new EnumMap<>(Style.class);
    private final Map<Style, Font> whiteFonts = new EnumMap<>(Style.class);
    private final Map<Style, Font> fallbackFonts = new EnumMap<>(Style.class);
    private final Font linkFont;

    BrochureFonts(FontFamily family, BrochureTheme theme) {
        this.regular = family.regular();
        this.bold = family.bold();
        this.fallback = family.fallback();
        this.regularCoverage = family.regularCoverage();
        this.boldCoverage = family.boldCoverage();
        this.fallbackCoverage = family.fallbackCoverage();
        for (Style style : Style.values()) {
            BaseFont base = switch (style) {
                case BODY_BOLD, HEADING, TITLE, BAND_GUIDE, LABEL, VALUE, SMALL_BOLD, COVER_TITLE, TOC_HEADING, SUBHEADING -> bold;
                default -> regular;
            };
            Color color = switch (style) {
                case HEADING, TOC_HEADING, SUBHEADING -> theme.primary();
                case LABEL, SMALL, SMALL_BOLD -> MUTED;
                default -> TEXT;
            };
            fonts.put(style, new Font(base, style.size, Font.NORMAL, color));
            whiteFonts.put(style, new Font(base, style.size, Font.NORMAL, Color.WHITE));
            fallbackFonts.put(style, new Font(fallback, style.size * 0.95f, Font.NORMAL, color));
        }
        this.linkFont = new Font(regular, Style.BODY.size, Font.NORMAL, theme.primary());
    }

    Font font(Style style) {
        return fonts.get(style);
    }

    /** A link's text: body size, in the theme colour (9.4:1 on white for the neutral theme). */
    Font linkFont() {
        return linkFont;
    }

    BaseFont regularBase() {
        return regular;
    }

    BaseFont boldBase() {
        return bold;
    }

    /** Text in a style, spaced the French way; characters Lato lacks are set in the fallback font. */
    Phrase phrase(String text, Style style) {
        return phrase(FrenchSpacing.glue(text), fonts.get(style), fallbackFonts.get(style));
    }

    /** White text, for the header band and covers. */
    Phrase white(String text, Style style) {
        return phrase(FrenchSpacing.glue(text), whiteFonts.get(style),
                new Font(fallback, style.size * 0.95f, Font.NORMAL, Color.WHITE));
    }

    private Phrase phrase(String text, Font font, Font fallbackFont) {
        if (covered(text, font.getBaseFont() == bold ? boldCoverage : regularCoverage)) {
            Phrase phrase = new Phrase(new Chunk(text, font));
            phrase.setFont(font);
            return phrase;
        }
        FontSelector selector = new FontSelector();
        selector.addFont(font);
        selector.addFont(fallbackFont);
        Phrase phrase = selector.process(text);
        phrase.setFont(font);
        return phrase;
    }

    /**
     * A chunk that draws rather than prints (an image, a rule, dots), given a bundled font anyway: a chunk
     * without one would make the PDF reference a non-embedded base-14 font.
     */
    Chunk graphic(Chunk chunk) {
        chunk.setFont(fonts.get(Style.BODY));
        return chunk;
    }

    /** An empty paragraph in the body font, to add phrases and graphics to. */
    org.openpdf.text.Paragraph paragraph() {
        return new org.openpdf.text.Paragraph(new Phrase("", fonts.get(Style.BODY)));
    }

    private static boolean covered(String text, FontFamily.Coverage coverage) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c > 0x7E && !Character.isWhitespace(c) && !coverage.has(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Characters of the text that neither Lato nor the fallback can print, as {@code U+XXXX}. */
    Set<String> missingGlyphs(String text, Set<String> into) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            // Printable ASCII is in every bundled font: most of a French text needs no look-up.
            if ((c < 0x20 || c > 0x7E) && !Character.isWhitespace(c) && !Character.isISOControl(c)
                    && !regularCoverage.has(c) && !fallbackCoverage.has(c)) {
                into.add(String.format("U+%04X", c));
            }
            i += Character.charCount(c);
        }
        return into;
    }

    static Set<String> newGlyphSet() {
        return new TreeSet<>();
    }
}
