package fr.fichesmetiers.site;

import java.util.List;

import fr.fichesmetiers.fiche.FaqEntry;
import fr.fichesmetiers.fiche.Link;
import fr.fichesmetiers.support.Messages;

/** What the templates show, one record per page and part; every text in them is escaped by the templates. */
final class SitePages {

    private SitePages() {
    }

    /**
     * What every page shows around its content.
     *
     * @param root the way back to the site's folder from the page ({@code ""} or {@code "../"})
     * @param stamp the catalog version and its publication date, in words
     * @param workbookHref the comparison workbook, or {@code null} when there is none
     */
    record Layout(Messages m, String root, String title, String organisation, boolean logo, String stamp,
            String workbookHref) {

        String t(String key, Object... args) {
            return m.get(key, args);
        }

        String lang() {
            return m.language();
        }
    }

    /** A guide as the index lists it. */
    record GuideLink(String name, String href, int count, String bookletHref) {
    }

    /** A choice of a filter's list. */
    record Option(String value, String label) {
    }

    record IndexPage(Layout layout, List<GuideLink> guides, int total, List<Option> levels,
            List<Option> employabilities, List<String> dataScripts) {
    }

    /** A profile as a guide's table lists it; the sort keys are numbers, empty when the fact is unknown. */
    record Row(String title, String feminineTitle, String href, String level, String levelKey, String starting,
            String startingKey, String experienced, String experiencedKey, String employability,
            String employabilityKey, String mobility, String mobilityKey, String brochureHref) {
    }

    record GuidePage(Layout layout, String guide, String bookletHref, List<Row> rows) {
    }

    /** A key fact: its label and its value in words ("non renseigné" when unknown). */
    record Fact(String label, String value) {
    }

    /** A text section: its heading and its paragraphs. */
    record Part(String heading, List<String> paragraphs) {
    }

    /** A related profession: a link when it is a profile of the catalog, else its name. */
    record Related(String name, String href) {
    }

    record ProfilePage(Layout layout, String title, String feminineTitle, String guide, String guideHref,
            List<Fact> facts, List<Part> parts, List<String> qualities, List<FaqEntry> faq, List<String> formations,
            List<Related> related, List<Link> links, String source, String factsDate, String brochureHref,
            String bookletHref) {
    }
}
