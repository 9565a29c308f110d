package fr.fichesmetiers.importing.onisep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the small HTML of ONISEP's texts into the contract's plain text: one paragraph per line (headings,
 * paragraphs, line breaks), list items kept as a list ({@code - item} lines), inline markup and links reduced to
 * their words, entities decoded. Plain Java, no HTML parser: ONISEP writes a handful of well-known tags.
 */
final class HtmlParagraphs {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>|<!--.*?-->",
            Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n\\u00A0]+");
    private static final List<String> BLOCKS = List.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "br", "ul",
            "ol", "table", "tr", "blockquote");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"),
            Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("agrave", "à"), Map.entry("ccedil", "ç"),
            Map.entry("ecirc", "ê"), Map.entry("hellip", "…"), Map.entry("euro", "€"), Map.entry("ndash", "–"),
            Map.entry("mdash", "—"), Map.entry("oelig", "œ"));

    private HtmlParagraphs() {
    }

    /** The text as paragraphs separated by line breaks; {@code null} for no text. */
    static String of(String html) {
        if (html == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean item = false;
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            current.append(html, at, tag.start());
            at = tag.end();
            String name = tag.group(2) == null ? "" : tag.group(2).toLowerCase(Locale.ROOT);
            if (name.equals("li")) {
                item = flush(lines, current, item);
                item = tag.group(1).isEmpty();
            }
            else if (BLOCKS.contains(name)) {
                item = flush(lines, current, item);
            }
        }
        current.append(html.substring(at));
        flush(lines, current, item);
        String text = String.join("\n", lines);
        return text.isEmpty() ? null : text;
    }

    /** Ends the line being built, if it has words; returns that no list item is open any more. */
    private static boolean flush(List<String> lines, StringBuilder current, boolean item) {
        String line = SPACES.matcher(decode(current.toString())).replaceAll(" ").strip();
        current.setLength(0);
        if (!line.isEmpty()) {
            lines.add(item ? "- " + line : line);
        }
        return false;
    }

    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String value;
            value = name.startsWith("#") ? codePoint(name, entity.group()) : NAMED.getOrDefault(name, entity.group());
            entity.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        entity.appendTail(out);
        return out.toString();
    }

    /** A numeric entity's character; the entity as written when it names none. */
    private static String codePoint(String name, String written) {
        try {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(code) && code != 0 ? Character.toString(code) : written;
        }
        catch (NumberFormatException e) {
            return written;
        }
    }
}
