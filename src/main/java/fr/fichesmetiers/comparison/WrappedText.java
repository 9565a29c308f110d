package fr.fichesmetiers.comparison;

import org.apache.poi.ss.usermodel.Row;

/**
 * Estimates how many lines wrapped text takes in a column, to give its row a height that shows it.
 *
 * <p>Excel keeps the row height stored in the file, and LibreOffice does not always fit rows written by POI,
 * so a wrapped cell without a stored height overlaps the next row or is cut. POI cannot measure text cheaply
 * (autosizing lays out every cell with AWT, far too slow for 100 000 streamed rows), so widths are estimated
 * from a table of character widths relative to the digit "0" (the unit of column widths), with a margin:
 * a row a little too tall reads fine, a row too short hides text, and the reader's font may not be Calibri.
 */
final class WrappedText {

    /** Height of one line of the default 11 pt font, as Excel sizes a default row. */
    static final float LINE_POINTS = 15f;

    /** The workbook's default font size, the one column widths are counted in. */
    static final double DEFAULT_POINTS = 11;

    /** Excel refuses taller rows; longer text stays cut there whatever we do. */
    static final float MAX_POINTS = 409f;

    /**
     * Excel counts column widths in whole pixels per digit (7 px for Calibri 11, whose digit is 7.4 px wide), so
     * text takes about 5 % more of a column than its digit-relative widths say.
     */
    private static final double MARGIN = 1.05;

    /** Bold header text is wider still. */
    static final double BOLD = 1.05;

    /** Widths of the Latin-1 characters, looked up rather than classified: this runs for every cell. */
    private static final double[] LATIN_1 = new double[256];

    static {
        for (char c = 0; c < LATIN_1.length; c++) {
            LATIN_1[c] = classify(c);
        }
    }

    private WrappedText() {
    }

    /** The lines {@code text} takes once wrapped in a column {@code columnChars} wide (at least one). */
    static int lines(String text, double columnChars) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        // Cell padding takes about one character of the column width.
        double available = Math.max(1, columnChars - 1);
        int lines = 1;
        double line = 0;
        double word = 0;
        boolean wordStarted = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c != ' ' && c != '\n') {
                word += width(c);
                wordStarted = true;
                continue;
            }
            if (wordStarted) {
                double needed = line == 0 ? word : line + width(' ') + word;
                if (needed <= available) {
                    line = needed;
                }
                else {
                    // The word goes to a new line, and is broken over several when it is longer than one.
                    lines += line == 0 ? 0 : 1;
                    int extra = (int) Math.ceil(word / available) - 1;
                    lines += extra;
                    line = word - extra * available;
                }
            }
            word = 0;
            wordStarted = false;
            if (c == '\n' && i < text.length()) {
                lines++;
                line = 0;
            }
        }
        return lines;
    }

    /** The height of a row showing {@code lines} lines, in points. */
    static float points(int lines) {
        return Math.min(MAX_POINTS, lines * LINE_POINTS);
    }

    /** The height of a row showing {@code lines} lines of a font of that size, in points. */
    static float points(int lines, short fontPoints) {
        return Math.min(MAX_POINTS, (float) (lines * LINE_POINTS * fontPoints / DEFAULT_POINTS));
    }

    /** Gives the row the height of its tallest wrapped cell; one-line rows keep the default height. */
    static void fit(Row row, int lines) {
        if (lines > 1) {
            row.setHeightInPoints(points(lines));
        }
    }

    private static double width(char c) {
        return c < LATIN_1.length ? LATIN_1[c] : classify(c);
    }

    /** Width of a character in digit widths, after Calibri's metrics (Carlito's in LibreOffice). */
    private static double classify(char c) {
        double w;
        if (" iljI.,;:'’!|".indexOf(c) >= 0) {
            w = 0.5;
        }
        else if ("ftrJ()[]-/\"".indexOf(c) >= 0) {
            w = 0.7;
        }
        else if ("cksvxyzL«»".indexOf(c) >= 0) {
            w = 0.87;
        }
        else if ("mwMW@%—".indexOf(c) >= 0) {
            w = 1.7;
        }
        else if (Character.isUpperCase(c)) {
            w = 1.25;
        }
        else {
            w = 1.0;
        }
        return w * MARGIN;
    }
}
