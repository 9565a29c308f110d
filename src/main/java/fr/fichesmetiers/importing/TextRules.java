package fr.fichesmetiers.importing;

import java.util.function.Consumer;
import java.util.regex.Pattern;

import fr.fichesmetiers.support.Messages;
import fr.fichesmetiers.support.TextKeys;

/** Cleans text fields (NFC, trimmed, line breaks unified) and reports control characters and lengths. */
final class TextRules {

    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \u00A0]+\n");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
    private final Messages messages;

    TextRules(Messages messages) {
        this.messages = messages;
    }

    /**
     * The cleaned value, or {@code null} when blank or broken.
     *
     * @param multiline whether line breaks separate paragraphs here (they are control characters elsewhere)
     */
    String clean(String raw, String column, boolean multiline, int maxLength, Consumer<RowProblem> problems) {
        if (raw == null) {
            return null;
        }
        // Most cells need no cleaning at all: one look at each character says so, and the text is kept as it is.
        if (alreadyClean(raw, multiline) && raw.length() <= maxLength) {
            return raw;
        }
        return cleanThoroughly(raw, column, multiline, maxLength, problems);
    }

    /** What {@link #clean} does with a text that needs it: each rule applied in turn. */
    String cleanThoroughly(String raw, String column, boolean multiline, int maxLength,
            Consumer<RowProblem> problems) {
        if (isBlank(raw)) {
            return null;
        }
        String text = TextKeys.clean(raw.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' '));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && !(multiline && c == '\n');
            if (control || c == '\uFFFD') {
                String name = c == '\uFFFD' ? "U+FFFD" : String.format("U+%04X", (int) c);
                problems.accept(new RowProblem(column, raw, RuleCode.TEXT_CONTROL_CHARACTERS,
                        messages.get(c == '\uFFFD' ? "rule.TEXT_CONTROL_CHARACTERS.replacement"
                                : "rule.TEXT_CONTROL_CHARACTERS", name, String.valueOf(i + 1))));
                return null;
            }
        }
        // The regular expressions only run on the rare text that needs them: they dominated import time.
        if (multiline && (text.contains(" \n") || text.contains("\u00A0\n"))) {
            text = TRAILING_SPACES.matcher(text).replaceAll("\n");
        }
        if (multiline && text.contains("\n\n\n")) {
            text = BLANK_LINES.matcher(text).replaceAll("\n\n");
        }
        if (text.length() > maxLength) {
            problems.accept(new RowProblem(column, raw, RuleCode.TEXT_TOO_LONG,
                    messages.get("rule.TEXT_TOO_LONG", String.valueOf(text.length()), String.valueOf(maxLength))));
            return null;
        }
        return text;
    }

    /**
     * Whether cleaning would give the text back unchanged: not blank, no space at either end, no control
     * character but paragraph breaks, no space before a break nor three breaks in a row, and composed (NFC).
     */
    static boolean alreadyClean(String text, boolean multiline) {
        int length = text.length();
        if (length == 0 || TextKeys.isSpace(text.charAt(0)) || TextKeys.isSpace(text.charAt(length - 1))) {
            return false;
        }
        boolean mayDecompose = false;
        char previous = 0;
        int breaks = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (!multiline || previous == ' ' || previous == '\u00A0' || ++breaks == 3) {
                    return false;
                }
            }
            else {
                breaks = 0;
                if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\uFFFD') {
                    return false;
                }
                // Below U+0300, and in the punctuation French texts use (’, «, €, U+202F), every character is
                // composed already; anything else is left to the normaliser to judge.
                mayDecompose |= c >= 0x300 && !(c >= 0x2010 && c <= 0x206F) && c != '\u20AC';
            }
            previous = c;
        }
        return !mayDecompose || java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC);
    }

    /** Whether a cell holds nothing but spaces, no-break spaces included (Excel leaves those behind). */
    static boolean isBlank(String raw) {
        return raw == null || TextKeys.strip(raw).isEmpty();
    }
}
