package fr.fichesmetiers.importing.onisep;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import fr.fichesmetiers.support.XmlStreams;

/**
 * Streams the {@code <metier>} records of an ONISEP file with StAX: one record in memory at a time, whatever the
 * size of the edition. Unknown elements are skipped, so a later edition adding some still reads.
 */
final class OnisepXmlReader implements Closeable {

    /** The HTML texts of a record, CDATA or escaped (StAX gives both back as characters). */
    static final Set<String> TEXTS = Set.of("accroche_metier", "nature_travail", "competences", "condition_travail",
            "acces_metier", "vie_professionnelle");

    private final XMLStreamReader xml;
    private final InputStream in;

    /** @throws XMLStreamException when the content is not XML or its root is not {@code <metiers>} */
    OnisepXmlReader(InputStream in) throws XMLStreamException {
        this.in = in;
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // ONISEP's file needs no DTD nor external entity: none is ever fetched nor expanded.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        this.xml = factory.createXMLStreamReader(in);
        xml.nextTag();
        if (!"metiers".equals(xml.getLocalName())) {
            throw new XMLStreamException("root element <" + xml.getLocalName() + ">, not <metiers>", xml.getLocation());
        }
    }

    /** The next record, or {@code null} after the last one. */
    OnisepMetier next() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "metier".equals(xml.getLocalName())) {
                return metier(xml.getLocation().getLineNumber());
            }
        }
        return null;
    }

    private OnisepMetier metier(int line) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        List<String> romes = new ArrayList<>();
        List<String> formations = new ArrayList<>();
        List<String> sectors = new ArrayList<>();
        List<OnisepMetier.Labelled> related = new ArrayList<>();
        List<OnisepMetier.Labelled> sources = new ArrayList<>();
        String level = null;
        while (nextChild()) {
            String name = xml.getLocalName();
            switch (name) {
                case "romesV3" -> children(child -> romes.add(text()));
                case "niveau_acces_min" -> level = pair("id", "libelle").label();
                case "formations_min_requise" -> children(child -> formations.add(pair("id", "libelle").label()));
                case "metiers_associes" -> children(child -> related.add(pair("id", "libelle")));
                case "secteurs_activite" -> children(child -> {
                    OnisepMetier.Labelled sector = pair("id", "libelle");
                    if (sector.label() != null) {
                        sectors.add(sector.label());
                    }
                });
                case "sources_numeriques" -> children(child -> sources.add(pair("valeur", "commentaire")));
                default -> {
                    if (TEXTS.contains(name)) {
                        texts.put(name, text());
                    }
                    else if (Set.of("identifiant", "nom_metier", "libelle_feminin", "libelle_masculin")
                            .contains(name)) {
                        fields.put(name, text());
                    }
                    else {
                        skip();
                    }
                }
            }
        }
        return new OnisepMetier(line, fields.get("identifiant"), fields.get("nom_metier"),
                fields.get("libelle_feminin"), fields.get("libelle_masculin"), romes, texts, level, formations,
                related, sectors, sources);
    }

    @FunctionalInterface
    private interface Child {
        void read(String name) throws XMLStreamException;
    }

    /** Reads each child element of the current one. */
    private void children(Child child) throws XMLStreamException {
        while (nextChild()) {
            child.read(xml.getLocalName());
        }
    }

    /** The two named children of the current element (others skipped); either may be absent. */
    private OnisepMetier.Labelled pair(String keyName, String labelName) throws XMLStreamException {
        String key = null;
        String label = null;
        while (nextChild()) {
            String name = xml.getLocalName();
            if (name.equals(keyName)) {
                key = text();
            }
            else if (name.equals(labelName)) {
                label = text();
            }
            else {
                skip();
            }
        }
        return new OnisepMetier.Labelled(key, label);
    }

    /** The text of a text-only element, stripped; {@code null} when empty. */
    private String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    text.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {
                }
            }
        }
        String value = text.toString().strip();
        return value.isEmpty() ? null : value;
    }

    private boolean nextChild() throws XMLStreamException {
        return XmlStreams.nextChild(xml);
    }

    private void skip() throws XMLStreamException {
        XmlStreams.skip(xml);
    }

    @Override
    public void close() throws IOException {
        XmlStreams.close(xml, in);
    }
}
