package fr.fichesmetiers.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.support.Euros;
import fr.fichesmetiers.support.Messages;
import tools.jackson.databind.json.JsonMapper;

/**
 * A guide's search data: a classic script that appends its profiles to {@code window.FICHES}. A script rather than
 * a JSON file, because pages opened from {@code file://} may not {@code fetch} anything; the index loads one per
 * guide with a plain {@code <script src>}.
 */
final class SiteData {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final List<Map<String, Object>> items = new ArrayList<>();

    void add(Map<String, Object> item) {
        items.add(item);
    }

    /** A profile's search entry: what the index's script searches, filters and lists. */
    static Map<String, Object> item(Fiche f, Messages m) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("t", f.title());
        item.put("f", f.details().feminineTitle().orElse(""));
        item.put("g", SiteLinks.guideName(f.guide()));
        item.put("gn", f.guide());
        item.put("l", f.educationLevel().map(l -> l.frameworkLevel()).orElse(null));
        item.put("ll", f.educationLevel().map(l -> m.get(l.messageKey())).orElse(m.get("site.unknown")));
        item.put("a", f.salary().starting().map(a -> a.doubleValue()).orElse(null));
        item.put("at", f.salary().starting().map(a -> Euros.format(a, m.locale())).orElse(m.get("site.unknown")));
        item.put("e", f.employability().map(e -> e.step()).orElse(null));
        item.put("el", f.employability().map(e -> m.get(e.messageKey())).orElse(m.get("site.unknown")));
        item.put("u", SiteLinks.FICHES + "/" + SiteLinks.ficheName(f.id()) + ".html");
        return item;
    }

    byte[] script() {
        // Line and paragraph separators end a line in older JavaScript: written escaped, they stay inside strings.
        // '<' can only be inside a string in JSON: escaped, no markup-looking text is in the file at all.
        String json = JSON.writeValueAsString(items).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
                .replace("<", "\\u003c");
        return ("window.FICHES=(window.FICHES||[]).concat(" + json + ");\n").getBytes(StandardCharsets.UTF_8);
    }
}
