package fr.fichesmetiers.fiche;

import java.util.List;

/**
 * How the lists of {@link FicheDetails} are written in a text column: one item per line ({@code \n}), which no item
 * holds ({@link FicheDetails#items} puts each on one line); a link as its URL, a tab, then its label (a URL holds
 * no white space). An empty list is {@code null}.
 */
final class ListColumns {

    private ListColumns() {
    }

    static String lines(List<String> items) {
        return items.isEmpty() ? null : String.join("\n", items);
    }

    static List<String> items(String column) {
        return column == null || column.isEmpty() ? List.of() : List.of(column.split("\n"));
    }

    static String links(List<Link> links) {
        return lines(links.stream().map(link -> link.url() + "\t" + link.label()).toList());
    }

    static List<Link> linkItems(String column) {
        return items(column).stream().map(line -> line.split("\t", 2))
                .map(parts -> new Link(parts.length > 1 ? parts[1] : null, parts[0])).toList();
    }
}
