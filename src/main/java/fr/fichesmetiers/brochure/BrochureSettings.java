package fr.fichesmetiers.brochure;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Brochure settings ({@code fiches.brochure.*}): the theme and where and how fast to render.
 *
 * @param organisation printed on every page and on booklet covers
 * @param primaryColor the theme colour, {@code #RRGGBB}
 * @param logo a PNG file printed in the header band and on covers, or empty for none
 * @param outputDirectory where brochures go, one folder per guide
 * @param threads rendering threads
 * @param chunkSize profiles per transaction
 * @param bookletPadToFour booklets get blank pages before their back cover up to a multiple of 4 pages, for
 *        saddle stitching
 */
@ConfigurationProperties("fiches.brochure")
public record BrochureSettings(@DefaultValue("Fiches Métiers") String organisation,
        @DefaultValue("#1F4E79") String primaryColor, @DefaultValue("") String logo,
        @DefaultValue("output/brochures") String outputDirectory, @DefaultValue("2") int threads,
        @DefaultValue("50") int chunkSize, @DefaultValue("false") boolean bookletPadToFour) {

    /** The brochure folder of a request: its own, or the configured one. */
    Path folder(BrochureRequest request) {
        return (request.out() != null ? request.out() : Path.of(outputDirectory)).toAbsolutePath().normalize();
    }

    /**
     * The theme these settings describe.
     *
     * @throws IllegalArgumentException when the colour or the logo is not usable, with a message saying why
     */
    public BrochureTheme theme() {
        Color color;
        try {
            color = Color.decode(primaryColor.trim());
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("fiches.brochure.primary-color: « " + primaryColor
                    + " » n'est pas une couleur #RRGGBB");
        }
        byte[] logoBytes = null;
        if (logo != null && !logo.isBlank()) {
            try {
                logoBytes = Files.readAllBytes(Path.of(logo));
            }
            catch (IOException e) {
                throw new UncheckedIOException("fiches.brochure.logo: logo illisible " + logo, e);
            }
        }
        return new BrochureTheme(organisation, color, logoBytes);
    }
}
