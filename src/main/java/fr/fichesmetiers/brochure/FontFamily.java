package fr.fichesmetiers.brochure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;

import org.openpdf.text.pdf.BaseFont;

import fr.fichesmetiers.support.OnceReady;

/**
 * The bundled font files, read once into memory. Each rendering thread builds its own {@link BrochureFonts}
 * from these bytes: parsing a font from bytes is cheap, reading it from disk for every document is not.
 */
public final class FontFamily {

    private final byte[] regular;
    private final byte[] bold;
    private final byte[] fallback;
    private final OnceReady<Coverage> regularCoverage;
    private final OnceReady<Coverage> boldCoverage;
    private final OnceReady<Coverage> fallbackCoverage;

    private FontFamily(byte[] regular, byte[] bold, byte[] fallback) {
        this.regular = regular;
        this.bold = bold;
        this.fallback = fallback;
        // Made on first use: commands that print nothing do not pay for them.
        this.regularCoverage = new OnceReady<>(() -> Coverage.of(regular()));
        this.boldCoverage = new OnceReady<>(() -> Coverage.of(bold()));
        this.fallbackCoverage = new OnceReady<>(() -> Coverage.of(fallback()));
    }

    /**
     * Which characters of the Basic Multilingual Plane a font has, looked up once for all threads: asking the font
     * itself boxes every character into a map look-up, and every character of every brochure is checked.
     */
    static final class Coverage {

        private final BitSet bmp;
        private final BaseFont font;

        private Coverage(BitSet bmp, BaseFont font) {
            this.bmp = bmp;
            this.font = font;
        }

        static Coverage of(BaseFont font) {
            BitSet bmp = new BitSet(0x10000);
            for (int c = 0; c < 0x10000; c++) {
                if (font.charExists(c)) {
                    bmp.set(c);
                }
            }
            return new Coverage(bmp, font);
        }

        boolean has(int codePoint) {
            return codePoint < 0x10000 ? bmp.get(codePoint) : font.charExists(codePoint);
        }
    }

    Coverage regularCoverage() {
        return regularCoverage.get();
    }

    Coverage boldCoverage() {
        return boldCoverage.get();
    }

    Coverage fallbackCoverage() {
        return fallbackCoverage.get();
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
            // Identity-H: any Unicode character, embedded as a subset of the glyphs used. No CIDSet: OpenPDF's
            // leaves out the glyphs a subset pulls in for accented letters, which PDF/A then refuses.
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            font.setIncludeCidSet(false);
            return font;
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
