package fr.fichesmetiers.support;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain aligned table for the terminal; columns marked numeric are right-aligned. */
public final class TextTable {

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();
    private final int maxWidth;

    public TextTable(int maxWidth, List<String> headers, boolean... rightAligned) {
        this.headers = headers;
        this.rightAligned = rightAligned;
        this.maxWidth = maxWidth;
    }

    public void add(List<String> row) {
        rows.add(row);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.min(maxWidth, Math.max(widths[c], row.get(c).length()));
            }
        }
        line(out, headers, widths);
        List<String> rules = new ArrayList<>();
        for (int width : widths) {
            rules.add("-".repeat(width));
        }
        line(out, rules, widths);
        rows.forEach(row -> line(out, row, widths));
    }

    private void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c).length() > widths[c] ? cells.get(c).substring(0, widths[c] - 1) + "…"
                    : cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            boolean right = c < rightAligned.length && rightAligned[c];
            text.append(c == 0 ? "" : "  ").append(right ? pad + cell : cell + (c == cells.size() - 1 ? "" : pad));
        }
        out.println(text);
    }
}
