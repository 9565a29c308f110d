package fr.fichesmetiers.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;

import org.junit.jupiter.api.Test;

/** WCAG contrast of what the neutral theme prints: text 4.5:1 at least (1.4.3), marks 3:1 (1.4.11). */
class ContrastTests {

    private static final BrochureTheme THEME = BrochureTheme.NEUTRAL;

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    @Test
    void textReadsAtFourAndAHalfToOneAtLeast() {
        assertThat(contrast(BrochureFonts.TEXT, Color.WHITE)).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(BrochureFonts.MUTED, Color.WHITE)).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(BrochureFonts.MUTED, BrochureFonts.PANEL)).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(BrochureFonts.TEXT, BrochureFonts.PANEL)).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(Color.WHITE, THEME.primary())).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(THEME.primary(), Color.WHITE)).as("headings, links").isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(SalaryChart.SMIC_RED, Color.WHITE)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void marksStandOutAtThreeToOneAtLeast() {
        assertThat(contrast(THEME.primary(), BrochureFonts.PANEL)).as("gauge squares, filled or outlined")
                .isGreaterThanOrEqualTo(3);
        assertThat(contrast(THEME.tint(0.3), Color.WHITE)).as("salary bar").isGreaterThanOrEqualTo(3);
        assertThat(contrast(THEME.primary(), Color.WHITE)).as("salary dots").isGreaterThanOrEqualTo(3);
    }
}
