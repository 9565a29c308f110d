package fr.fichesmetiers.importing.onisep;

import java.util.List;
import java.util.Map;

/**
 * One {@code <metier>} of the ONISEP file as written, before any mapping: texts are still HTML.
 *
 * @param line the line of the file where the {@code <metier>} element starts
 * @param identifier ONISEP's own id ({@code MET.459})
 * @param texts the HTML of each text element present, by element name ({@code nature_travail}…)
 * @param level the label of {@code niveau_acces_min} ({@code Bac + 5}), or {@code null}
 * @param related the associated professions: ONISEP id and title
 * @param sources the links of {@code sources_numeriques}: address and comment
 */
record OnisepMetier(int line, String identifier, String name, String feminine, String masculine, List<String> romes,
        Map<String, String> texts, String level, List<String> formations, List<Labelled> related,
        List<String> sectors, List<Labelled> sources) {

    /** A pair of ONISEP's: an id or address, and its label or comment. */
    record Labelled(String key, String label) {
    }

    String text(String element) {
        return texts.get(element);
    }
}
