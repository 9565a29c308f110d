package fr.fichesmetiers.brochure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.openpdf.text.pdf.BaseFont;

/**
 * The bundled font files, read once into memory. Each rendering thread builds its own {@link BrochureFonts}
 * from these bytes: parsing a font from bytes is cheap, reading it from disk for every document is not.
 */
public final class FontFamily {

    private final byte[] regular;
    private final byte[] bold;
    private final byte[] fallback;

    private FontFamily(byte[] regular, byte[] bold, byte[] fallback) {
        this.regular = regular;
        this.bold = bold;
        this.fallback = fallback;
    }

    /** Lato for text, DejaVu Sans for the characters Lato lacks (see fonts/README.md). */
    public static FontFamily bundled() {
        return new FontFamily(read("fonts/Lato-Regular.ttf"), read("fonts/Lato-Bold.ttf"),
                read("fonts/DejaVuSans.ttf"));
    }

    BaseFont regular() {
        return create("Lato-Regular.ttf", regular);
    }

    BaseFont bold() {
        return create("Lato-Bold.ttf", bold);
    }

    BaseFont fallback() {
        return create("DejaVuSans.ttf", fallback);
    }

    private static BaseFont create(String name, byte[] bytes) {
        try {
            // Identity-H: any Unicode character, embedded as a subset of the glyphs used.
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = FontFamily.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled font " + resource);
            }
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
