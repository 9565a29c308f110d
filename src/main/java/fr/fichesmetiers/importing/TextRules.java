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
        if (raw == null || raw.isBlank()) {
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
}
