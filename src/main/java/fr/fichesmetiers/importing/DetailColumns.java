package fr.fichesmetiers.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import fr.fichesmetiers.fiche.FicheDetails;
import fr.fichesmetiers.fiche.Link;
import fr.fichesmetiers.support.TextKeys;

/**
 * The detail columns issue 12 adds to the contract ({@code intitule_feminin}, {@code formations},
 * {@code metiers_proches}, {@code liens}, {@code source}, {@code mis_a_jour_le}), read leniently into a profile's
 * {@link FicheDetails} so that ONISEP's attribution and details reach the catalog now. Issue 12's validated columns
 * replace this class when its import side is merged.
 */
final class DetailColumns {

    private final int feminine;
    private final int formations;
    private final int related;
    private final int links;
    private final int source;
    private final int factsDate;

    private DetailColumns(List<String> header) {
        List<String> keys = header.stream().map(TextKeys::matchKey).toList();
        this.feminine = keys.indexOf(TextKeys.matchKey("intitule_feminin"));
        this.formations = keys.indexOf(TextKeys.matchKey("formations"));
        this.related = keys.indexOf(TextKeys.matchKey("metiers_proches"));
        this.links = keys.indexOf(TextKeys.matchKey("liens"));
        this.source = keys.indexOf(TextKeys.matchKey("source"));
        this.factsDate = keys.indexOf(TextKeys.matchKey("mis_a_jour_le"));
    }

    static DetailColumns of(List<String> header) {
        return new DetailColumns(header == null ? List.of() : header);
    }

    boolean any() {
        return feminine >= 0 || formations >= 0 || related >= 0 || links >= 0 || source >= 0 || factsDate >= 0;
    }

    FicheDetails details(CsvRow row) {
        return new FicheDetails(text(row, feminine), items(row, formations), items(row, related), links(row),
                text(row, source), date(row));
    }

    private static Optional<String> text(CsvRow row, int position) {
        String value = row.get(position);
        return TextRules.isBlank(value) ? Optional.empty() : Optional.of(value.strip());
    }

    private static List<String> items(CsvRow row, int position) {
        return text(row, position).map(v -> Arrays.stream(v.split("\\|")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
    }

    /** {@code label=URL|…}: the address after the last {@code =} that starts one; others left out. */
    private List<Link> links(CsvRow row) {
        List<Link> found = new ArrayList<>();
        for (String item : items(row, links)) {
            int at = item.lastIndexOf("=http");
            String url = at < 0 ? item : item.substring(at + 1);
            if (Link.isWebAddress(url)) {
                found.add(new Link(at < 0 ? null : item.substring(0, at), url));
            }
        }
        return found;
    }

    private Optional<LocalDate> date(CsvRow row) {
        try {
            return text(row, factsDate).map(LocalDate::parse);
        }
        catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
