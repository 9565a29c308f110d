package fr.fichesmetiers.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.fichesmetiers.support.BrochureLayout;
import fr.fichesmetiers.support.Slugs;

/**
 * The site's file names and its relative links to the brochures, booklets and workbook: relative, so that the site
 * works from a shared drive ({@code file://}) as well as from a web server. A link to a document that is not there
 * is left out rather than left dead.
 */
final class SiteLinks {

    static final String GUIDES = "guides";
    static final String FICHES = "fiches";
    static final String DATA = "data";
    static final String ASSETS = "assets";

    private final Path site;
    private final Path brochures;
    private final Path workbook;

    SiteLinks(Path site, Path brochures, Path workbook) {
        this.site = site.toAbsolutePath().normalize();
        this.brochures = brochures == null ? null : brochures.toAbsolutePath().normalize();
        this.workbook = workbook == null ? null : workbook.toAbsolutePath().normalize();
    }

    Path site() {
        return site;
    }

    /** A guide's page name without its folder: {@code cybersecurite}. */
    static String guideName(String guide) {
        return Slugs.of(guide);
    }

    /** A profile's page name: its id, which the import keeps to letters, digits and hyphens. */
    static String ficheName(String id) {
        return id.matches("[a-z0-9][a-z0-9-]{0,63}") ? id : Slugs.of(id);
    }

    String brochure(String guide, String id, int depth) {
        return brochures == null ? null : existing(BrochureLayout.brochure(brochures, guide, id), depth);
    }

    String booklet(String guide, int depth) {
        return brochures == null ? null : existing(BrochureLayout.booklet(brochures, guide), depth);
    }

    String workbook(int depth) {
        return workbook == null ? null : existing(workbook, depth);
    }

    /** The link from a page {@code depth} folders below the site's to a file, or {@code null} when it is absent. */
    private String existing(Path file, int depth) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        return "../".repeat(depth) + encode(site.relativize(file).toString().replace('\\', '/'));
    }

    /** Each segment percent-encoded, so that spaces and accents in a folder name still make a valid link. */
    static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length() + 8);
        for (String part : path.split("/", -1)) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(part.equals("..") ? part : URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }
}
