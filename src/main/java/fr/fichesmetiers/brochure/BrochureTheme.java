package fr.fichesmetiers.brochure;

import java.awt.Color;
import java.util.Arrays;

import fr.fichesmetiers.support.Checksums;

/**
 * The branding of the documents: the organisation's name, its logo (PNG, optional) and a primary colour.
 * A neutral default ships with the tool.
 */
public record BrochureTheme(String organisation, Color primary, byte[] logoPng) {

    public static final BrochureTheme NEUTRAL = new BrochureTheme("Fiches Métiers", new Color(0x1F, 0x4E, 0x79),
            null);

    /** A lighter tint of the primary colour, for panels. */
    Color tint(double whiteShare) {
        return blend(primary, Color.WHITE, whiteShare);
    }

    static Color blend(Color from, Color to, double share) {
        return new Color((int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * share),
                (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * share),
                (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * share));
    }

    /** What the look depends on, for deciding whether a brochure must be rendered again. */
    String fingerprint() {
        return organisation + "|" + Integer.toHexString(primary.getRGB()) + "|"
                + (logoPng == null ? "" : Checksums.sha256(logoPng));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BrochureTheme t && organisation.equals(t.organisation) && primary.equals(t.primary)
                && Arrays.equals(logoPng, t.logoPng);
    }

    @Override
    public int hashCode() {
        return organisation.hashCode() * 31 + primary.hashCode();
    }

    @Override
    public String toString() {
        return "BrochureTheme[" + organisation + ", #" + Integer.toHexString(primary.getRGB() & 0xFFFFFF) + ", logo="
                + (logoPng != null) + "]";
    }
}
