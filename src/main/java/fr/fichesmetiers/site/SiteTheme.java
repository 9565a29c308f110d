package fr.fichesmetiers.site;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The office's branding on every page: its name, its colour and its logo (a PNG copied next to the pages).
 *
 * @param primaryColor {@code #RRGGBB}
 * @param logo the logo file, or {@code null} for none
 */
public record SiteTheme(String organisation, String primaryColor, Path logo) {

    public SiteTheme {
        if (primaryColor == null || !primaryColor.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("Not a colour #RRGGBB: " + primaryColor);
        }
        primaryColor = primaryColor.toUpperCase(Locale.ROOT);
        organisation = organisation == null ? "" : organisation.strip();
    }

    /**
     * The style sheet that carries the colours: the band in the office's colour with the text colour readable on
     * it, and links in the office's colour darkened until they reach 4.5:1 on white (WCAG AA), so that a light
     * brand colour never makes unreadable links.
     */
    String css() {
        int rgb = Integer.parseInt(primaryColor.substring(1), 16);
        String onBrand = contrast(rgb, 0xFFFFFF) >= 4.5 ? "#FFFFFF" : "#111111";
        int link = rgb;
        while (contrast(link, 0xFFFFFF) < 4.5) {
            link = darker(link);
        }
        return ":root{--brand:" + primaryColor + ";--on-brand:" + onBrand + ";--link:" + hex(link) + "}\n";
    }

    static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int darker(int rgb) {
        int r = (rgb >> 16 & 0xFF) * 9 / 10;
        int g = (rgb >> 8 & 0xFF) * 9 / 10;
        int b = (rgb & 0xFF) * 9 / 10;
        return r << 16 | g << 8 | b;
    }

    private static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06X", rgb & 0xFFFFFF);
    }
}
