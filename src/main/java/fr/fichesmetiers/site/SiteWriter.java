package fr.fichesmetiers.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.fichesmetiers.fiche.EducationLevel;
import fr.fichesmetiers.fiche.Employability;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.site.SitePages.GuideLink;
import fr.fichesmetiers.site.SitePages.Layout;
import fr.fichesmetiers.site.SitePages.Option;
import fr.fichesmetiers.site.SitePages.Row;
import fr.fichesmetiers.support.AtomicFiles;
import fr.fichesmetiers.support.Messages;

/**
 * Writes a whole site, profile by profile, in an order that keeps it consistent for someone reading it meanwhile:
 * style and scripts first, then the profiles, the guides and their search data, and {@code index.html} last, so
 * that the index never links to a page not written yet. Files of retired profiles go once the index no longer
 * names them. Plain Java: the site job, the tests and the benchmark feed it records.
 */
final class SiteWriter {

    /** What a site write did. */
    record Stats(int files, int written, int unchanged, int removed, long bytes) {
    }

    private final SiteFiles files;
    private final SiteRenderer renderer = new SiteRenderer();
    private final Messages m;
    private final SiteTheme theme;
    private final SiteLinks links;
    private final ProfilePages profiles;
    private final String stamp;
    private final ProfileCache cache;
    /** Each guide's profiles by their place in its table: a reused profile and a rendered one keep their order. */
    private final Map<String, TreeMap<Integer, ProfileCache.Cached>> guides = new LinkedHashMap<>();
    private final Map<String, Integer> places = new HashMap<>();
    private int place;

    /** @param stamp the catalog version in force and its date in words, shown on the index and the guides */
    SiteWriter(SiteLinks links, Messages m, SiteTheme theme, ReferenceCodes codes, String stamp) throws IOException {
        AtomicFiles.removeLeftovers(links.site());
        this.files = new SiteFiles(links.site());
        this.cache = new ProfileCache(links.site());
        this.m = m;
        this.theme = theme;
        this.links = links;
        this.profiles = new ProfilePages(m, codes, links);
        this.stamp = stamp;
        files.write(SiteLinks.ASSETS + "/site.css", resource("site.css"));
        files.write(SiteLinks.ASSETS + "/site.js", resource("site.js"));
        files.write(SiteLinks.ASSETS + "/theme.css", theme.css().getBytes(StandardCharsets.UTF_8));
        if (theme.logo() != null) {
            files.write(SiteLinks.ASSETS + "/logo.png", Files.readAllBytes(theme.logo()));
        }
    }

    /**
     * Writes a profile's page. Profiles come guide by guide, each guide's in the order its table lists them.
     *
     * @param titles the catalog's titles by id, for links between related professions
     * @param published the catalog version that first published this content and its date, in words: not the
     *        version in force, so that a new version that leaves a profile as it was leaves its page as it was
     */
    void profile(Fiche fiche, Map<String, String> titles, String published) throws IOException {
        profile(fiche, titles, published, null);
    }

    /**
     * Writes a profile's page, and remembers what it was made from when its content hash is given.
     *
     * @param contentHash the profile's content hash in the catalog, or {@code null} to make its page every time
     */
    void profile(Fiche fiche, Map<String, String> titles, String published, String contentHash) throws IOException {
        SitePages.ProfilePage page = profiles.page(fiche, layout(fiche.title(), 1, published), titles);
        files.write(page(fiche.id()), renderer.profile(page));
        List<String> related = fiche.details().relatedProfessions();
        ProfileCache.Cached made = new ProfileCache.Cached(
                contentHash == null ? "" : key(fiche.id(), fiche.guide(), contentHash, published), related,
                related.stream().map(titles::get).toList(), profiles.row(fiche), SiteData.item(fiche, m),
                fiche.educationLevel().map(Enum::name).orElse(null));
        add(fiche.id(), fiche.guide(), made);
    }

    /**
     * Keeps a profile's page as the last write made it when it would be made from the same (the same content,
     * catalog version, documents and related titles): then the profile need not be read nor rendered.
     *
     * @return whether it was kept; if not, the caller hands the profile to {@link #profile} in its turn
     */
    boolean keep(String id, String guide, String contentHash, String published, Map<String, String> titles)
            throws IOException {
        ProfileCache.Cached cached = cache.reusable(id, key(id, guide, contentHash, published), titles);
        if (cached == null || !files.keep(page(id))) {
            places.put(id, place++);
            return false;
        }
        add(id, guide, cached);
        return true;
    }

    private void add(String id, String guide, ProfileCache.Cached cached) {
        Integer at = places.remove(id);
        guides.computeIfAbsent(guide, g -> new TreeMap<>()).put(at != null ? at : place++, cached);
        if (!cached.key().isEmpty()) {
            cache.put(id, cached);
        }
    }

    private String key(String id, String guide, String contentHash, String published) {
        return ProfileCache.key(contentHash, published, m.language(), theme.organisation(),
                String.valueOf(theme.logo() != null), links.workbook(1), links.brochure(guide, id, 1),
                links.booklet(guide, 1));
    }

    private static String page(String id) {
        return SiteLinks.FICHES + "/" + SiteLinks.ficheName(id) + ".html";
    }

    /** Writes the guides, their search data and the index, then removes what is no longer published. */
    Stats finish() throws IOException {
        List<GuideLink> guideLinks = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        EnumSet<EducationLevel> levels = EnumSet.noneOf(EducationLevel.class);
        int total = 0;
        for (var guide : guides.entrySet()) {
            String name = SiteLinks.guideName(guide.getKey());
            SiteData data = new SiteData();
            List<Row> rows = new ArrayList<>();
            for (ProfileCache.Cached profile : guide.getValue().values()) {
                data.add(profile.item());
                rows.add(profile.row());
                if (profile.level() != null) {
                    levels.add(EducationLevel.valueOf(profile.level()));
                }
            }
            files.write(SiteLinks.DATA + "/" + name + ".js", data.script());
            files.write(SiteLinks.GUIDES + "/" + name + ".html", renderer.guide(new SitePages.GuidePage(
                    layout(guide.getKey(), 1, stamp), guide.getKey(), links.booklet(guide.getKey(), 1), rows)));
            guideLinks.add(new GuideLink(guide.getKey(), name, rows.size(), links.booklet(guide.getKey(), 0)));
            scripts.add(SiteLinks.DATA + "/" + name + ".js");
            total += rows.size();
        }
        scripts.add(SiteLinks.ASSETS + "/site.js");
        List<Option> levelOptions = levels.stream()
                .map(l -> new Option(String.valueOf(l.frameworkLevel()), m.get(l.messageKey()))).toList();
        List<Option> employabilities = List.of(Employability.values()).stream()
                .map(e -> new Option(String.valueOf(e.step()), m.get("site.filter.atLeast", m.get(e.messageKey()))))
                .toList();
        files.write("index.html", renderer.index(new SitePages.IndexPage(layout(m.get("site.index.title"), 0, stamp),
                guideLinks, total, levelOptions, employabilities, scripts)));
        int removed = files.finish();
        cache.save();
        return new Stats(files.files(), files.written(), files.unchanged(), removed, files.bytes());
    }

    private Layout layout(String title, int depth, String stamp) {
        return new Layout(m, "../".repeat(depth), title, theme.organisation(), theme.logo() != null, stamp,
                links.workbook(depth));
    }

    private static byte[] resource(String name) {
        try (InputStream in = SiteWriter.class.getResourceAsStream("/site/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource /site/" + name);
            }
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
