package fr.fichesmetiers.fiche;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What real profiles carry besides the facts and texts of the seed (ONISEP's, for instance), every part optional:
 * the feminine title, the courses that lead to the job, related professions, links, where the facts come from and
 * when they were last checked.
 *
 * @param feminineTitle the job's title in the feminine ("aide-soignante") when the profile gives both forms
 * @param formations courses or diplomas that lead to the job, one line each
 * @param relatedProfessions professions close to this one: ids of other profiles, or titles
 * @param source where the facts come from ("ONISEP, Idéo-Fiches métiers, 2024, licence ODbL")
 * @param factsDate the day the facts were last brought up to date: not the day a brochure was printed
 */
public record FicheDetails(Optional<String> feminineTitle, List<String> formations, List<String> relatedProfessions,
        List<Link> links, Optional<String> source, Optional<LocalDate> factsDate) {

    /** A profile without any of them, as every profile of release 0.1 is. */
    public static final FicheDetails NONE = new FicheDetails(Optional.empty(), List.of(), List.of(), List.of(),
            Optional.empty(), Optional.empty());

    public FicheDetails {
        feminineTitle = text(feminineTitle);
        formations = items(formations);
        relatedProfessions = items(relatedProfessions);
        links = links == null ? List.of() : List.copyOf(links);
        source = text(source);
        factsDate = factsDate == null ? Optional.empty() : factsDate;
    }

    /** Whether none is given. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * Items stripped and on one line (line breaks become spaces), blank ones left out: each is stored on a line of
     * its own.
     */
    static List<String> items(List<String> items) {
        return items == null ? List.of()
                : items.stream().filter(item -> item != null && !item.isBlank()).map(FicheDetails::oneLine).toList();
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private static Optional<String> text(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(FicheDetails::oneLine).filter(v -> !v.isEmpty());
    }
}
