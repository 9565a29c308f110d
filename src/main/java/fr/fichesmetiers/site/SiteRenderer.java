package fr.fichesmetiers.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

/**
 * Renders the site's pages with the JTE templates of {@code src/main/jte/site}, precompiled by the build: a template
 * that names a field a record does not have fails the build, not a night's run, and every value is HTML-escaped
 * unless a template says otherwise (none does), so a title like {@code <script>} shows as text.
 */
final class SiteRenderer {

    // Precompiled classes of this package, loaded once: no compiler, no template folder at run time.
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            SiteRenderer.class.getClassLoader(), SiteRenderer.class.getPackageName());

    byte[] index(SitePages.IndexPage page) {
        return render("index.jte", page);
    }

    byte[] guide(SitePages.GuidePage page) {
        return render("guide.jte", page);
    }

    byte[] profile(SitePages.ProfilePage page) {
        return render("profile.jte", page);
    }

    private static byte[] render(String template, Object page) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        ENGINE.render(template, page, out);
        return out.toByteArray();
    }
}
